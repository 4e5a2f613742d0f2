using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// Gives up on targets that could not go out within their client's maximum lateness: Missed, for a person to reschedule
/// or publish now, rather than published silently late. Runs for every agency (the dispatcher calls it); a target whose
/// publish call was made is never Missed — it may have gone out — one leased right now is left to its dispatcher, and
/// one waiting for its paused queue is left for the queue to place again.
/// </summary>
internal sealed class MarkMissedTargets(SchedulerDbContext db, TimeProvider clock)
{
    public static bool IsMissed(PublishTarget target, TimeSpan maximumLateness, DateTime nowUtc) =>
        target.State is TargetState.Scheduled or TargetState.Prepared or TargetState.Held
        && target.PublishAttemptedAtUtc is null
        && target.DueAtUtc + maximumLateness <= nowUtc
        && !ScheduleTargets.IsLeased(target, nowUtc);

    /// <summary>Marks every missed target and returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await (from target in db.PublishTargets.IgnoreQueryFilters().Where(ScheduleTargets.IsOpen)
                             join booking in db.ScheduledPosts.IgnoreQueryFilters() on target.ScheduledPostId equals booking.Id
                             where target.DueAtUtc < now && target.PublishAttemptedAtUtc == null
                             where target.Problem != SchedulingMessages.QueuePaused
                             select new { Target = target, booking.ClientId, booking.PostId })
            .ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var clientIds = overdue.Select(o => o.ClientId).Distinct().ToList();
        var lateness = await db.ClientSettings.IgnoreQueryFilters().AsNoTracking()
            .Where(s => clientIds.Contains(s.ClientId))
            .ToDictionaryAsync(s => s.ClientId, s => TimeSpan.FromMinutes(s.MaximumLatenessMinutes), cancellationToken);

        var missed = 0;
        foreach (var (target, clientId, postId) in overdue.Select(o => (o.Target, o.ClientId, o.PostId)))
        {
            var allowed = lateness.GetValueOrDefault(clientId, ClientScheduleSettings.DefaultMaximumLateness);
            if (!IsMissed(target, allowed, now))
            {
                continue;
            }

            target.State = TargetState.Missed;
            target.Problem = SchedulingMessages.Missed(allowed);
            TargetHistory.Record(db, target, "missed", target.Problem, now);
            PublishOutcomeEvents.Problem(db, target, clientId, postId, PublishProblemKind.Missed, null, now);
            missed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return missed;
    }
}
