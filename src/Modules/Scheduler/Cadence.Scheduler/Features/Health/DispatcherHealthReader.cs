using Cadence.Scheduler.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Health;

/// <summary>Reads the heartbeats and overdue posts across every agency (health is the Host's, not a member's).</summary>
internal sealed class DispatcherHealthReader(SchedulerDbContext db, DispatcherStart start, TimeProvider clock)
{
    public async Task<DispatcherHealthReport> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lastBeat = await db.DispatcherHeartbeats.MaxAsync(h => (DateTime?)h.LastBeatAtUtc, cancellationToken);
        var overdue = await OverdueByAgencyAsync(cancellationToken);
        return new DispatcherHealthReport(lastBeat, SilenceAt(lastBeat, now), overdue.Values.Sum());
    }

    /// <summary>How many posts are overdue in each agency that has any.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> OverdueByAgencyAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.PublishTargets.IgnoreQueryFilters()
            .Where(DispatcherHealthRules.IsOverdue(now))
            .Select(t => new { t.AgencyId, t.ScheduledPostId })
            .Distinct()
            .GroupBy(t => t.AgencyId)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), cancellationToken);
    }

    /// <summary>Null while the newest beat is recent, or no beat has come yet within the start grace.</summary>
    public TimeSpan? SilenceAt(DateTime? lastBeatUtc, DateTime nowUtc)
    {
        if (lastBeatUtc is { } beat)
        {
            return nowUtc - beat > DispatcherHealthRules.SilentAfter ? nowUtc - beat : null;
        }

        var sinceStart = nowUtc - start.StartedAtUtc;
        return sinceStart > DispatcherHealthRules.StartGrace ? sinceStart : null;
    }
}
