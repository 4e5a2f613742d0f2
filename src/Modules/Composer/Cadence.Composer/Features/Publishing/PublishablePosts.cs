using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media;
using Cadence.Composer.Features.Media.Urls;
using Cadence.Composer.Features.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cadence.Composer.Features.Publishing;

/// <summary>
/// A post as the Scheduler publishes it: each account's caption, the files in order at signed URLs that outlive a
/// retried publish, every option, and what the rule set still refuses. Works with no member signed in.
/// </summary>
internal sealed class PublishablePosts(ComposerDbContext db, IMediaUrls urls, IOptions<MediaOptions> options, TimeProvider clock) : IPublishablePosts
{
    public async Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken)
    {
        var post = await db.Posts.IgnoreQueryFilters().AsNoTracking()
            .Include(p => p.Items)
            .Include(p => p.Accounts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == postId && p.AgencyId == agencyId, cancellationToken);
        if (post is null)
        {
            return Error.NotFound("The post");
        }

        var assets = await PostAssets.LoadAsync(db, post, cancellationToken);
        var problems = PostRules.Check(post, assets).Select(v => v.Message).ToList();
        var expiresAtUtc = clock.GetUtcNow().UtcDateTime + options.Value.PublishUrlLifetime;

        var media = post.OrderedItems
            .Where(item => assets.ContainsKey(item.MediaAssetId))
            .Select(item => Media(item, assets[item.MediaAssetId], expiresAtUtc))
            .ToList();
        var accounts = post.Accounts
            .OrderBy(a => a.InstagramAccountId)
            .Select(a => new PublishableAccount(a.InstagramAccountId, a.CaptionOverride ?? post.Caption))
            .ToList();
        var coverUrl = post.CoverMediaAssetId is { } coverId && assets.TryGetValue(coverId, out var cover)
            ? urls.ForPublishing(cover, expiresAtUtc)
            : null;

        return new PublishablePost(
            post.Id, post.AgencyId, post.ClientId, FormatOf(post.Format), post.ContentVersion,
            IsApproved: post.Status == ApprovalStatus.Approved,
            problems, accounts, media,
            post.FirstComment, post.LocationId, post.Collaborators, coverUrl, post.ThumbOffsetMs, post.ShareToFeed, post.AudioName,
            TrialOf(post.Trial),
            expiresAtUtc);
    }

    private PublishableMedia Media(PostItem item, MediaAsset asset, DateTime expiresAtUtc) => new(
        asset.Kind == MediaKind.Video,
        urls.ForPublishing(asset, expiresAtUtc),
        asset.Width,
        asset.Height,
        asset.DurationMs,
        item.AltText,
        item.UserTags.Select(t => new TaggedUser(t.Username, t.X, t.Y)).ToList());

    private static PublishFormat FormatOf(PostFormat format) => format switch
    {
        PostFormat.FeedImage => PublishFormat.FeedImage,
        PostFormat.Carousel => PublishFormat.Carousel,
        PostFormat.Reel => PublishFormat.Reel,
        _ => PublishFormat.Story,
    };

    private static TrialReelStrategy? TrialOf(TrialStrategy? trial) => trial switch
    {
        TrialStrategy.Manual => TrialReelStrategy.Manual,
        TrialStrategy.Performance => TrialReelStrategy.Performance,
        _ => null,
    };
}
