using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Accounts.Features.Clients;

/// <summary>An uploaded logo. Its type is decided by its first bytes, never by the name or type the browser sent.</summary>
internal sealed class LogoUpload(byte[] content)
{
    public byte[] Content { get; } = content;

    public string? ContentType { get; } = Sniff(content);

    public Error? Check() =>
        Content.Length > ClientLogo.MaxBytes ? Error.Validation("Logo", "The logo must be 1 MB or smaller.")
        : ContentType is null ? Error.Validation("Logo", "The logo must be a PNG, JPEG or WebP image.")
        : null;

    private static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        return bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)
            ? "image/webp"
            : null;
    }
}
