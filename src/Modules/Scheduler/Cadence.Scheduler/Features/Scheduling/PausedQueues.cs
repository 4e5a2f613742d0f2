using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// A paused queue holds its queued posts: nothing that releases held work (approval, reconnection) or gives up on it
/// (maximum lateness) may touch them until the queue is resumed, which puts them on the next free slots.
/// </summary>
internal static class PausedQueues
{
    public static bool Holds(ScheduledPost booking, PublishTarget target, IReadOnlySet<Guid> pausedAccountIds) =>
        booking.Mode == ScheduleMode.Queue && pausedAccountIds.Contains(target.InstagramAccountId);

    public static async Task<IReadOnlySet<Guid>> AccountIdsAsync(SchedulerDbContext db, CancellationToken cancellationToken) =>
        (await db.AccountQueues.IgnoreQueryFilters().Where(q => q.IsPaused).Select(q => q.InstagramAccountId).ToListAsync(cancellationToken))
            .ToHashSet();

    /// <summary>Waits for the queue to resume, keeping its time for the reflow to replace.</summary>
    public static void Hold(SchedulerDbContext db, PublishTarget target, DateTime nowUtc)
    {
        ScheduleTargets.Reset(target, target.DueAtUtc);
        target.State = TargetState.Held;
        target.Problem = SchedulingMessages.QueuePaused;
        TargetHistory.Record(db, target, "held", target.Problem, nowUtc);
    }

    public static bool IsHeldByPause(PublishTarget target) =>
        target.State == TargetState.Held && target.PublishAttemptedAtUtc is null && target.Problem == SchedulingMessages.QueuePaused;
}
