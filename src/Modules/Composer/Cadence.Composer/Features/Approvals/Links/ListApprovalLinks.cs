using Cadence.Composer.Data;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>The open (unexpired, unrevoked) client links of one post or of one client, newest first.</summary>
internal sealed class ListApprovalLinks(ComposerDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApprovalLinkLine>> ForPostAsync(Guid postId, string timeZoneId, CancellationToken cancellationToken) =>
        await ListAsync(db.ApprovalLinks.Where(l => l.Posts.Any(p => p.PostId == postId)), timeZoneId, cancellationToken);

    public async Task<IReadOnlyList<ApprovalLinkLine>> ForClientAsync(Guid clientId, string timeZoneId, CancellationToken cancellationToken) =>
        await ListAsync(db.ApprovalLinks.Where(l => l.ClientId == clientId), timeZoneId, cancellationToken);

    private async Task<IReadOnlyList<ApprovalLinkLine>> ListAsync(IQueryable<Domain.ApprovalLink> links, string timeZoneId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await links.AsNoTracking()
            .Where(l => l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
            .OrderByDescending(l => l.CreatedAtUtc)
            .Select(l => new { l.Id, l.RecipientName, l.RecipientEmail, l.ExpiresAtUtc, l.LastOpenedAtUtc, PostCount = l.Posts.Count })
            .ToListAsync(cancellationToken);
        return open.Select(l => new ApprovalLinkLine(
                l.Id,
                l.RecipientName,
                l.RecipientEmail,
                ClientClock.DateAndTime(l.ExpiresAtUtc, timeZoneId),
                l.LastOpenedAtUtc is { } opened ? ClientClock.DateAndTime(opened, timeZoneId) : null,
                l.PostCount))
            .ToList();
    }
}
