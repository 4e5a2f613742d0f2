using System.Globalization;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Urls;

namespace Cadence.Composer.Areas.Composer.Pages.Media;

/// <summary>How the library words and links a file.</summary>
internal static class MediaDisplay
{
    /// <summary>A display URL that changes when a crop re-renders the file, so a browser never shows the old one from cache.</summary>
    public static string Url(this IMediaUrls urls, MediaAsset asset, MediaVariant variant = MediaVariant.Thumbnail) =>
        $"{urls.ForDisplay(asset, variant)}&v={asset.PublishSizeBytes}-{asset.Width}x{asset.Height}";

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0} KB"),
        _ => $"{bytes} bytes",
    };

    public static string Dimensions(MediaAsset asset) => $"{asset.Width} × {asset.Height}";

    public static string? Duration(MediaAsset asset) => asset.DurationMs is { } ms
        ? TimeSpan.FromMilliseconds(ms).ToString(ms >= 3_600_000 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture)
        : null;

    public static string Usage(int posts) => posts switch
    {
        0 => "Not used yet",
        1 => "Used in 1 post",
        _ => $"Used in {posts} posts",
    };

    public static string Kind(MediaAsset asset) => asset.Kind == MediaKind.Image ? "Image" : "Video";
}
