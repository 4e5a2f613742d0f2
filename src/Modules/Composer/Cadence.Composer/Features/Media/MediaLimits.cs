namespace Cadence.Composer.Features.Media;

/// <summary>What Cadence accepts into a library, in one place so pages and messages say the same numbers.</summary>
internal static class MediaLimits
{
    public const long MaxImageBytes = 30L * 1024 * 1024;

    public const long MaxVideoBytes = 300L * 1024 * 1024;

    /// <summary>One file plus the form around it.</summary>
    public const long MaxRequestBytes = MaxVideoBytes + (1024 * 1024);

    /// <summary>Instagram shows images between these widths; it scales anything else, badly.</summary>
    public const int MinWidth = 320;

    public const int MaxWidth = 1440;

    /// <summary>The width a crop is rendered at when the original is wide enough.</summary>
    public const int CropWidth = 1080;

    public const int ThumbnailWidth = 400;

    public const int JpegQuality = 90;

    public const string Accepted = "JPEG, PNG, WebP or HEIC images (up to 30 MB) and MP4 or MOV videos (up to 300 MB)";
}
