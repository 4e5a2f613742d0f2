using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

internal sealed record OpenLink(ApprovalLink Link, LinkClient Client);

/// <summary>
/// Finds a link by its secret for a visitor without an agency: every read names the link's agency explicitly instead
/// of relying on the signed-in member's filter.
/// </summary>
internal sealed class ApprovalLinks(ComposerDbContext db, LinkClients clients, TimeProvider clock)
{
    public async Task<(LinkState State, OpenLink? Open)> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return (LinkState.Unknown, null);
        }

        var hash = SecretToken.Hash(token);
        var link = await db.ApprovalLinks.IgnoreQueryFilters().Include(l => l.Posts).SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return (LinkState.Unknown, null);
        }

        var client = link.IsOpenAt(clock.GetUtcNow().UtcDateTime) ? await clients.FindAsync(link.AgencyId, link.ClientId, cancellationToken) : null;
        return client is null || client.Client.IsArchived ? (LinkState.Closed, null) : (LinkState.Open, new OpenLink(link, client));
    }

    /// <summary>The link's posts, in the order they were added, with what their review needs.</summary>
    public async Task<List<Post>> PostsAsync(ApprovalLink link, CancellationToken cancellationToken)
    {
        var ids = link.Posts.Select(p => p.PostId).ToList();
        var posts = await db.Posts.IgnoreQueryFilters()
            .Include(p => p.Items)
            .Include(p => p.Accounts)
            .Where(p => p.AgencyId == link.AgencyId && p.ClientId == link.ClientId && ids.Contains(p.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return posts.OrderBy(p => ids.IndexOf(p.Id)).ToList();
    }

    public Task<ClientComposerSettings?> SettingsAsync(ApprovalLink link, CancellationToken cancellationToken) =>
        db.ClientSettings.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(s => s.AgencyId == link.AgencyId && s.ClientId == link.ClientId, cancellationToken);
}
