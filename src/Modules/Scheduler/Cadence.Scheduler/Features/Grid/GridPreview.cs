using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Grid;

/// <summary>One square of the preview grid.</summary>
internal sealed record GridTile(Guid PostId, PostCard? Card, LocalMoment At, bool IsPublished, string? Permalink)
{
    public string Title => Card is { CaptionExcerpt.Length: > 0 } card ? card.CaptionExcerpt : "Untitled post";
}

internal sealed record AccountGrid(InstagramAccountSummary Account, ClientSummary Client, IReadOnlyList<GridTile> Upcoming, IReadOnlyList<GridTile> Published);

/// <summary>
/// An account's profile grid as it will look: the posts still to be published, the last one to go out first (it lands
/// top-left), followed by the posts already published, newest first.
/// </summary>
internal sealed class GridPreview(SchedulerDbContext db, ICurrentAgency current, IInstagramAccountDirectory accounts, IClientDirectory clients, IPostCatalog catalog)
{
    public const int UpcomingLimit = 30;

    public const int PublishedLimit = 12;

    /// <summary>Null when the member's agency has no such account or the member may not see its client.</summary>
    public async Task<AccountGrid?> ForAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(accountId, cancellationToken) is not { } account || !current.CanAccessClient(account.ClientId)
            || await clients.FindAsync(account.ClientId, cancellationToken) is not { } client)
        {
            return null;
        }

        var targets = db.PublishTargets.AsNoTracking().Where(t => t.InstagramAccountId == accountId);
        var upcoming = await targets
            .Where(t => t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.Held || t.State == TargetState.PublishAttempted)
            .OrderBy(t => t.DueAtUtc).Take(UpcomingLimit)
            .Join(db.ScheduledPosts, t => t.ScheduledPostId, p => p.Id, (t, p) => new { p.PostId, At = t.DueAtUtc, t.Permalink })
            .ToListAsync(cancellationToken);
        var published = await targets
            .Where(t => t.State == TargetState.Published && t.PublishedAtUtc != null)
            .OrderByDescending(t => t.PublishedAtUtc).Take(PublishedLimit)
            .Join(db.ScheduledPosts, t => t.ScheduledPostId, p => p.Id, (t, p) => new { p.PostId, At = t.PublishedAtUtc!.Value, t.Permalink })
            .ToListAsync(cancellationToken);

        var cards = (await catalog.GetAsync(upcoming.Concat(published).Select(t => t.PostId).Distinct().ToList(), cancellationToken)).ToDictionary(c => c.PostId);
        GridTile Tile(Guid postId, DateTime at, bool isPublished, string? permalink) =>
            new(postId, cards.GetValueOrDefault(postId), ClientLocalTime.ToLocal(at, client.TimeZoneId), isPublished, permalink);
        return new AccountGrid(
            account,
            client,
            upcoming.OrderByDescending(t => t.At).Select(t => Tile(t.PostId, t.At, false, null)).ToList(),
            published.Select(t => Tile(t.PostId, t.At, true, t.Permalink)).ToList());
    }
}
