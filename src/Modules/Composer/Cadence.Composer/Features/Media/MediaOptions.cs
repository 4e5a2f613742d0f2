namespace Cadence.Composer.Features.Media;

internal sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The public address Instagram fetches media from (https://media.example.com); App:PublicBaseUrl when unset.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Where files are kept; a relative path is under the data folder. "media" by default.</summary>
    public string StoragePath { get; set; } = "media";

    /// <summary>
    /// The HMAC key that signs media URLs, base64, at least 32 bytes. Every Host instance must share it; when unset a
    /// single box keeps a generated key beside the files.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a URL handed to Instagram stays valid: long enough for a retried publish, short enough to leak little.</summary>
    public TimeSpan PublishUrlLifetime { get; set; } = TimeSpan.FromHours(48);
}
