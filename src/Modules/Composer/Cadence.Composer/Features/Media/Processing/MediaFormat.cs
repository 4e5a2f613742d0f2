using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>A file format as its bytes say, never as its name or the browser says.</summary>
internal sealed record MediaFormat(string Name, string Extension, string ContentType, MediaKind Kind)
{
    public static readonly MediaFormat Jpeg = new("jpeg", "jpg", "image/jpeg", MediaKind.Image);
    public static readonly MediaFormat Png = new("png", "png", "image/png", MediaKind.Image);
    public static readonly MediaFormat Webp = new("webp", "webp", "image/webp", MediaKind.Image);
    public static readonly MediaFormat Heic = new("heic", "heic", "image/heic", MediaKind.Image);
    public static readonly MediaFormat Mp4 = new("mp4", "mp4", "video/mp4", MediaKind.Video);
    public static readonly MediaFormat Mov = new("mov", "mov", "video/quicktime", MediaKind.Video);

    /// <summary>Bytes enough to tell every accepted format apart.</summary>
    public const int HeaderLength = 32;

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis"];

    public long MaxBytes => Kind == MediaKind.Image ? MediaLimits.MaxImageBytes : MediaLimits.MaxVideoBytes;

    public string SizeLimitMessage => Kind == MediaKind.Image
        ? "Images can be at most 30 MB. Export a smaller JPEG and upload that."
        : "Videos can be at most 300 MB. Export a shorter or smaller MP4 and upload that.";

    public static MediaFormat? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8) ? FromFileType(header) : null;
    }

    // ISO base media files (MP4, MOV, HEIC) open with an ftyp box: a major brand, then compatible brands.
    private static MediaFormat? FromFileType(ReadOnlySpan<byte> header)
    {
        var boxLength = Math.Min(header.Length, (int)Math.Min(uint.MaxValue, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header)));
        var brands = new List<string>();
        for (var offset = 8; offset + 4 <= boxLength; offset += offset == 8 ? 8 : 4)
        {
            brands.Add(System.Text.Encoding.ASCII.GetString(header.Slice(offset, 4)));
        }

        if (brands.Count == 0)
        {
            return null;
        }

        var major = brands[0];
        if (HeifBrands.Contains(major) || (major is "mif1" or "msf1" && brands.Exists(HeifBrands.Contains)))
        {
            return Heic;
        }

        if (major is "avif" or "avis" or "mif1" or "msf1")
        {
            return null;
        }

        return major == "qt  " ? Mov : Mp4;
    }
}
