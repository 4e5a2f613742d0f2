using Cadence.Accounts.Contracts.Clients;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Publishing;

internal sealed class PostCatalog(ComposerDbContext db, IClientDirectory clients, PostThumbnails thumbnails) : IPostCatalog
{
    private const int ApprovedListLimit = 200;

    public async Task<IReadOnlyList<PostCard>> GetAsync(IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken)
    {
        var visible = await VisibleClientIdsAsync(cancellationToken);
        return await CardsAsync(db.Posts.Where(p => postIds.Contains(p.Id) && visible.Contains(p.ClientId)), cancellationToken);
    }

    public async Task<IReadOnlyList<PostCard>> ListApprovedAsync(Guid? clientId, CancellationToken cancellationToken)
    {
        var visible = await VisibleClientIdsAsync(cancellationToken);
        var query = db.Posts.Where(p => p.Status == ApprovalStatus.Approved && visible.Contains(p.ClientId));
        if (clientId is { } only)
        {
            query = query.Where(p => p.ClientId == only);
        }

        return await CardsAsync(query.OrderByDescending(p => p.UpdatedAtUtc).Take(ApprovedListLimit), cancellationToken);
    }

    private async Task<List<Guid>> VisibleClientIdsAsync(CancellationToken cancellationToken) =>
        (await clients.ListActiveAsync(cancellationToken)).Select(c => c.ClientId).ToList();

    private async Task<IReadOnlyList<PostCard>> CardsAsync(IQueryable<Post> posts, CancellationToken cancellationToken)
    {
        var rows = await posts.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.ClientId, p.Format, p.Status, p.Caption,
                FirstAssetId = p.Items.OrderBy(i => i.Position).Select(i => (Guid?)i.MediaAssetId).FirstOrDefault(),
                AccountIds = p.Accounts.Select(a => a.InstagramAccountId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var firstThumbnails = await thumbnails.OfFirstFilesAsync(rows.Select(r => r.FirstAssetId), cancellationToken);

        return rows.Select(r => new PostCard(
                r.Id,
                r.ClientId,
                (PublishFormat)(int)r.Format,
                CaptionExcerpt.Of(r.Caption),
                PostThumbnails.For(firstThumbnails, r.FirstAssetId),
                r.Status == ApprovalStatus.Approved,
                PostFormatRules.Name(r.Status),
                r.AccountIds,
                $"/composer/posts/{r.Id}"))
            .ToList();
    }
}
