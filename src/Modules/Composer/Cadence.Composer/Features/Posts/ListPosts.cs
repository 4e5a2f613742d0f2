using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Paging;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

internal sealed record ListPostsRequest(Guid? ClientId, ApprovalStatus? Status, PageRequest Page);

internal sealed record PostListItem(Guid Id, string ClientName, PostFormat Format, ApprovalStatus Status, string? ThumbnailUrl, int MediaCount, string CaptionStart, IReadOnlyList<string> Accounts, string UpdatedLocal, string UpdatedIso);

/// <summary>The posts of the clients the member may see, newest change first.</summary>
internal sealed class ListPosts(ComposerDbContext db, IClientDirectory clients, IInstagramAccountDirectory accountDirectory, PostThumbnails thumbnails)
{
    public async Task<PagedList<PostListItem>> HandleAsync(ListPostsRequest request, CancellationToken cancellationToken)
    {
        var visible = (await clients.ListActiveAsync(cancellationToken)).ToDictionary(c => c.ClientId);
        var clientIds = request.ClientId is { } only ? visible.Keys.Where(id => id == only).ToList() : visible.Keys.ToList();

        var query = db.Posts.AsNoTracking().Where(p => clientIds.Contains(p.ClientId));
        if (request.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(p => p.UpdatedAtUtc).Skip(request.Page.Skip).Take(request.Page.Size)
            .Select(p => new
            {
                p.Id, p.ClientId, p.Format, p.Status, p.Caption, p.UpdatedAtUtc,
                MediaCount = p.Items.Count,
                FirstAssetId = p.Items.OrderBy(i => i.Position).Select(i => (Guid?)i.MediaAssetId).FirstOrDefault(),
                AccountIds = p.Accounts.Select(a => a.InstagramAccountId).ToList(),
            })
            .ToListAsync(cancellationToken);

        var firstThumbnails = await thumbnails.OfFirstFilesAsync(rows.Select(r => r.FirstAssetId), cancellationToken);
        var usernames = new Dictionary<Guid, string>();
        foreach (var clientId in rows.Select(r => r.ClientId).Distinct())
        {
            foreach (var account in await accountDirectory.ListForClientAsync(clientId, cancellationToken))
            {
                usernames[account.AccountId] = "@" + account.Username;
            }
        }

        var items = rows.Select(r =>
        {
            var client = visible[r.ClientId];
            var thumbnail = PostThumbnails.For(firstThumbnails, r.FirstAssetId);
            var caption = CaptionExcerpt.Of(r.Caption);
            return new PostListItem(r.Id, client.Name, r.Format, r.Status, thumbnail, r.MediaCount, caption,
                r.AccountIds.Select(id => usernames.GetValueOrDefault(id, "(account removed)")).ToList(),
                ClientClock.DateAndTime(r.UpdatedAtUtc, client.TimeZoneId), ClientClock.Iso(r.UpdatedAtUtc));
        }).ToList();
        return new PagedList<PostListItem>(items, request.Page, total);
    }
}
