using System.Buffers.Binary;

namespace Cadence.Composer.Tests.Media;

/// <summary>Adds an EXIF block holding only an orientation to a JPEG, as a phone camera writes one.</summary>
internal static class ExifOrientation
{
    public static byte[] Apply(byte[] jpeg, ushort orientation)
    {
        // TIFF header (big-endian), one IFD entry: tag 0x0112 Orientation, type SHORT, count 1.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
