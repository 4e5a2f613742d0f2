using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>Every stored file of an asset, once each (a video publishes its original).</summary>
internal static class MediaFileSet
{
    public static IEnumerable<string> Keys(MediaAsset asset) =>
        new[] { asset.OriginalKey, asset.PublishKey, asset.ThumbnailKey }.OfType<string>().Distinct(StringComparer.Ordinal);
}
