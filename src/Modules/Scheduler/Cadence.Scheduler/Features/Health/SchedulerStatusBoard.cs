using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Health;

internal sealed record DispatcherNodeStatus(string Node, DateTime LastBeatAtUtc, int LastClaimed, bool IsSilent);

internal sealed record OverduePost(Guid PostId, Guid ClientId, DateTime DueAtUtc, int Accounts);

internal sealed record SchedulerStatus(
    DispatcherHealthReport Health,
    IReadOnlyList<DispatcherNodeStatus> Nodes,
    IReadOnlyList<OverduePost> Overdue,
    IReadOnlyList<(TargetState State, int Count)> Counts);

/// <summary>
/// The status page's reading: every dispatcher node (they serve all agencies) and, for the current agency and the
/// clients the member may see, the overdue posts and how many targets are in each state.
/// </summary>
internal sealed class SchedulerStatusBoard(SchedulerDbContext db, DispatcherHealthReader health, ICurrentAgency current, TimeProvider clock)
{
    public async Task<SchedulerStatus> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var beats = await db.DispatcherHeartbeats.AsNoTracking().OrderByDescending(h => h.LastBeatAtUtc).ToListAsync(cancellationToken);
        var nodes = beats.Select(b => new DispatcherNodeStatus(b.Node, b.LastBeatAtUtc, b.LastClaimed, health.SilenceAt(b.LastBeatAtUtc, now) is not null)).ToList();

        var targets = VisibleTargets();
        var overdue = await (from target in targets.Where(DispatcherHealthRules.IsOverdue(now))
                             join booking in db.ScheduledPosts on target.ScheduledPostId equals booking.Id
                             group target by new { booking.PostId, booking.ClientId, booking.DueAtUtc } into post
                             select new OverduePost(post.Key.PostId, post.Key.ClientId, post.Key.DueAtUtc, post.Count()))
            .ToListAsync(cancellationToken);
        var counts = await targets.GroupBy(t => t.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var report = new DispatcherHealthReport(beats.FirstOrDefault()?.LastBeatAtUtc, health.SilenceAt(beats.FirstOrDefault()?.LastBeatAtUtc, now), overdue.Count);
        return new SchedulerStatus(
            report,
            nodes,
            overdue.OrderBy(o => o.DueAtUtc).ToList(),
            Enum.GetValues<TargetState>().Select(s => (s, counts.SingleOrDefault(c => c.State == s)?.Count ?? 0)).ToList());
    }

    private IQueryable<PublishTarget> VisibleTargets()
    {
        if (current.ClientIds is not { } clientIds)
        {
            return db.PublishTargets;
        }

        var allowed = clientIds.ToList();
        return db.PublishTargets.Where(t => db.ScheduledPosts.Any(p => p.Id == t.ScheduledPostId && allowed.Contains(p.ClientId)));
    }
}
