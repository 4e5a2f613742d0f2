using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// Exclusive, expiring claims on publish targets, taken by a conditional update: of two dispatchers (threads or Host
/// instances on one database) racing for an item, exactly one update matches. Quartz may fire twice; this cannot.
/// </summary>
internal sealed class PublishLeases(SchedulerDbContext db, TimeProvider clock)
{
    /// <summary>Long enough for one step's Instagram calls; a dispatcher that dies frees its items this long after.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long before its due time a booked target is claimed to make its containers, so that at the due instant only
    /// the publish call remains (containers live 24 h; the publisher re-checks the content version before publishing).
    /// </summary>
    public static readonly TimeSpan PrepareAhead = TimeSpan.FromMinutes(10);

    private static readonly TargetState[] Workable = [TargetState.Scheduled, TargetState.Prepared, TargetState.PublishAttempted];

    /// <summary>
    /// Claims up to <paramref name="max"/> items not held by a live lease, earliest first: those whose next attempt is
    /// due (published ones only while their first comment is unsettled), and bookings untouched since they were made
    /// (next attempt still the due time) within <see cref="PrepareAhead"/>.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(string owner, int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var prepareFrom = now + PrepareAhead;
        var candidates = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => (Workable.Contains(t.State) || (t.State == TargetState.Published && t.FirstCommentPending))
                && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now)
                && (t.NextAttemptAtUtc <= now || (t.State == TargetState.Scheduled && t.NextAttemptAtUtc == t.DueAtUtc && t.DueAtUtc <= prepareFrom)))
            .OrderBy(t => t.NextAttemptAtUtc)
            .Select(t => t.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return candidates;
        }

        // One conditional update for the whole batch: a row another dispatcher leased since the read does not match,
        // and this claim's expiry time tells its rows from any other.
        var until = now + Duration;
        await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => candidates.Contains(t.Id) && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseExpiresAtUtc, until), cancellationToken);
        var claimed = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => candidates.Contains(t.Id) && t.LeaseOwner == owner && t.LeaseExpiresAtUtc == until)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(claimed.Contains)];
    }

    /// <summary>When the first item not held by a live lease becomes due within <paramref name="horizon"/>; null when none does.</summary>
    public async Task<DateTime?> NextDueWithinAsync(TimeSpan horizon, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + horizon;
        return await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => Workable.Contains(t.State) && t.NextAttemptAtUtc > now && t.NextAttemptAtUtc <= until && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .MinAsync(t => (DateTime?)t.NextAttemptAtUtc, cancellationToken);
    }

    public async Task<bool> TryClaimAsync(Guid targetId, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Duration;
        var updated = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => t.Id == targetId && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseExpiresAtUtc, until), cancellationToken);
        return updated == 1;
    }

    /// <summary>Extends a lease its owner still holds; false when it ran out and someone else may have the item.</summary>
    public async Task<bool> RenewAsync(Guid targetId, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Duration;
        var updated = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => t.Id == targetId && t.LeaseOwner == owner && t.LeaseExpiresAtUtc >= now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LeaseExpiresAtUtc, until), cancellationToken);
        return updated == 1;
    }

    public Task ReleaseAsync(Guid targetId, string owner, CancellationToken cancellationToken) =>
        ReleaseAsync([targetId], owner, cancellationToken);

    /// <summary>Releases those of <paramref name="targetIds"/> that <paramref name="owner"/> still holds, in one update.</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<Guid> targetIds, string owner, CancellationToken cancellationToken)
    {
        if (targetIds.Count == 0)
        {
            return;
        }

        await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => targetIds.Contains(t.Id) && t.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseExpiresAtUtc, (DateTime?)null), cancellationToken);
    }
}
