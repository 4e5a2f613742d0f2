using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Urls;
using Cadence.Composer.Features.Validation;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

/// <summary>
/// Makes a <see cref="PostPreview"/> from a post loaded with its items and accounts. It reads the post's own agency
/// explicitly (no signed-in member needed), so an anonymous approval page can use it; account names come from the
/// account directory, which answers for the current agency (an anonymous page acts for the link's agency first) and
/// falls back to the client's name.
/// </summary>
internal sealed class PostPreviewBuilder(ComposerDbContext db, IMediaUrls urls, IInstagramAccountDirectory accountDirectory)
{
    private const int GridSize = 9;

    public async Task<PostPreview> BuildAsync(Post post, string clientName, Guid? previewAccountId, CancellationToken cancellationToken)
    {
        var items = post.OrderedItems.ToList();
        var assetIds = items.Select(i => i.MediaAssetId).Append(post.CoverMediaAssetId ?? Guid.Empty).ToList();
        var assets = await db.MediaAssets.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AgencyId == post.AgencyId && assetIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        var slides = items
            .Select((item, index) => (item, index, asset: assets.GetValueOrDefault(item.MediaAssetId)))
            .Where(s => s.asset is not null)
            .Select(s => Slide(s.item, s.index, s.asset!))
            .ToList();

        var accounts = await AccountsAsync(post, clientName, cancellationToken);
        var account = accounts.FirstOrDefault(a => a.AccountId == previewAccountId) ?? accounts[0];
        var caption = PostFormatRules.TakesCaption(post.Format) ? account.Caption : string.Empty;
        var (shown, folded) = CaptionStats.Split(caption);
        var cover = post.CoverMediaAssetId is { } coverId && assets.TryGetValue(coverId, out var coverAsset) ? urls.ForDisplay(coverAsset, MediaVariant.Publish) : null;
        var grid = await GridAsync(post, account.AccountId, slides.FirstOrDefault(), cancellationToken);

        return new PostPreview(post.Id, post.Format, clientName, account, accounts, slides, shown, folded, post.LocationName,
            post.Collaborators, post.AudioName, cover, post.ShareToFeed, post.FirstComment, grid);
    }

    private PreviewSlide Slide(PostItem item, int index, MediaAsset asset) =>
        new(index, item.Id, asset.Kind == MediaKind.Video, urls.ForDisplay(asset, MediaVariant.Publish),
            asset.ThumbnailKey is null ? null : urls.ForDisplay(asset, MediaVariant.Thumbnail), item.AltText, item.UserTags, asset.AspectRatio);

    private async Task<List<PreviewAccount>> AccountsAsync(Post post, string clientName, CancellationToken cancellationToken)
    {
        var known = (await accountDirectory.ListForClientAsync(post.ClientId, cancellationToken)).ToDictionary(a => a.AccountId);
        var accounts = post.Accounts
            .Select(a => known.TryGetValue(a.InstagramAccountId, out var summary)
                ? new PreviewAccount(a.InstagramAccountId, summary.Username, summary.ProfilePictureUrl, a.CaptionOverride ?? post.Caption)
                : new PreviewAccount(a.InstagramAccountId, clientName, null, a.CaptionOverride ?? post.Caption))
            .OrderBy(a => a.Username, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return accounts.Count > 0 ? accounts : [new PreviewAccount(null, clientName, null, post.Caption)];
    }

    // Until the Scheduler (issue 6) supplies the real publishing order, the account's next posts are its other
    // submitted or approved posts of this client, most recently updated first.
    private async Task<List<PreviewGridTile>> GridAsync(Post post, Guid? accountId, PreviewSlide? first, CancellationToken cancellationToken)
    {
        var tiles = new List<PreviewGridTile> { new(post.Id, true, first?.ThumbnailUrl ?? (first is { IsVideo: false } ? first.Url : null), post.Format, "This post") };
        if (accountId is not { } id)
        {
            return tiles;
        }

        var others = await db.Posts.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.AgencyId == post.AgencyId && p.ClientId == post.ClientId && p.Id != post.Id && p.Status != ApprovalStatus.Draft
                && p.Accounts.Any(a => a.InstagramAccountId == id))
            .OrderByDescending(p => p.UpdatedAtUtc)
            .Take(GridSize - 1)
            .Select(p => new { p.Id, p.Format, FirstAssetId = p.Items.OrderBy(i => i.Position).Select(i => (Guid?)i.MediaAssetId).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var assetIds = others.Where(o => o.FirstAssetId is not null).Select(o => o.FirstAssetId!.Value).ToList();
        var assets = await db.MediaAssets.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AgencyId == post.AgencyId && assetIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        tiles.AddRange(others.Select((o, index) => new PreviewGridTile(o.Id, false,
            o.FirstAssetId is { } assetId && assets.TryGetValue(assetId, out var asset) && asset.ThumbnailKey is not null ? urls.ForDisplay(asset) : null,
            o.Format, $"Next post {index + 1}")));
        return tiles;
    }
}
