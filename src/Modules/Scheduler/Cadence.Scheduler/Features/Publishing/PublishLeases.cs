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

    private static readonly TargetState[] Workable = [TargetState.Scheduled, TargetState.Prepared, TargetState.PublishAttempted];

    /// <summary>Claims up to <paramref name="max"/> due items not held by a live lease, earliest first.</summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(string owner, int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => Workable.Contains(t.State) && t.NextAttemptAtUtc <= now && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .OrderBy(t => t.NextAttemptAtUtc)
            .Select(t => t.Id)
            .Take(max * 2)
            .ToListAsync(cancellationToken);

        var claimed = new List<Guid>(max);
        foreach (var id in candidates)
        {
            if (claimed.Count == max)
            {
                break;
            }

            if (await TryClaimAsync(id, owner, cancellationToken))
            {
                claimed.Add(id);
            }
        }

        return claimed;
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

    public async Task ReleaseAsync(Guid targetId, string owner, CancellationToken cancellationToken) =>
        await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => t.Id == targetId && t.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseExpiresAtUtc, (DateTime?)null), cancellationToken);
}
