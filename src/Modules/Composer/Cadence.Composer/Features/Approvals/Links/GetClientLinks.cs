using Cadence.Accounts.Contracts.Clients;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>What the batch page offers: the client's posts in review, oldest submission first, and its open links.</summary>
internal sealed class GetClientLinks(ComposerDbContext db, IClientDirectory clients, ListApprovalLinks links)
{
    public async Task<ClientLinksView?> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await clients.FindAsync(clientId, cancellationToken) is not { } client)
        {
            return null;
        }

        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.ClientId == clientId && p.Status == ApprovalStatus.InReview)
            .OrderBy(p => p.SubmittedAtUtc)
            .Select(p => new { p.Id, p.Format, p.Caption, p.SubmittedAtUtc, p.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        var inReview = posts.Select(p => new PostForLink(
                p.Id,
                PostFormatRules.Name(p.Format),
                CaptionExcerpt.Of(p.Caption),
                ClientClock.DateAndTime(p.SubmittedAtUtc ?? p.UpdatedAtUtc, client.TimeZoneId)))
            .ToList();
        return new ClientLinksView(client, inReview, await links.ForClientAsync(clientId, client.TimeZoneId, cancellationToken));
    }
}
