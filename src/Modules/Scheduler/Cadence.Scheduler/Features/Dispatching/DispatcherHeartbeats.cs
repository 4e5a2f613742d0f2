using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Dispatching;

/// <summary>Records that a dispatcher ran, so health checks can tell a silent dispatcher from an idle one.</summary>
internal sealed class DispatcherHeartbeats(SchedulerDbContext db, TimeProvider clock)
{
    public async Task BeatAsync(string node, int claimed, CancellationToken cancellationToken)
    {
        var beat = await db.DispatcherHeartbeats.SingleOrDefaultAsync(h => h.Node == node, cancellationToken);
        if (beat is null)
        {
            beat = new DispatcherHeartbeat { Node = node };
            db.DispatcherHeartbeats.Add(beat);
        }

        beat.LastBeatAtUtc = clock.GetUtcNow().UtcDateTime;
        beat.LastClaimed = claimed;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The most recent beat of any node, or null when no dispatcher has ever run.</summary>
    public async Task<DateTime?> LastBeatAsync(CancellationToken cancellationToken) =>
        await db.DispatcherHeartbeats.MaxAsync(h => (DateTime?)h.LastBeatAtUtc, cancellationToken);
}
