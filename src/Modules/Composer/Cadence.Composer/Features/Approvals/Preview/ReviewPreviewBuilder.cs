using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Urls;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Preview;

/// <summary>Builds a post's preview with signed display URLs; reads the post's own agency, so the anonymous client page can use it.</summary>
internal sealed class ReviewPreviewBuilder(ComposerDbContext db, IMediaUrls urls)
{
    public async Task<ReviewPreview> BuildAsync(Post post, CancellationToken cancellationToken)
    {
        var assetIds = post.Items.Select(i => i.MediaAssetId).ToList();
        var assets = await db.MediaAssets.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AgencyId == post.AgencyId && assetIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = post.OrderedItems.Select((item, index) => assets.TryGetValue(item.MediaAssetId, out var asset)
                ? new ReviewPreviewItem(urls.ForDisplay(asset, MediaVariant.Publish), item.AltText ?? $"Slide {index + 1}", asset.Kind == MediaKind.Video)
                : new ReviewPreviewItem(null, $"Slide {index + 1}: the file is no longer in the library", false))
            .ToList();
        return new ReviewPreview(post.Format, post.Caption, items);
    }
}
