using Cadence.BuildingBlocks.Events;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>A deleted post publishes nowhere. A publish call already made is left to reconciliation: it may have gone out.</summary>
internal sealed class CancelTargetsWhenPostDeleted(SchedulerDbContext db, TimeProvider clock) : IIntegrationEventHandler<PostDeleted>
{
    public async Task HandleAsync(PostDeleted integrationEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var targets = await db.PublishTargets.Where(ScheduleTargets.IsOpen)
            .Where(t => db.ScheduledPosts.Any(p => p.Id == t.ScheduledPostId && p.PostId == integrationEvent.PostId))
            .ToListAsync(cancellationToken);
        foreach (var target in targets.Where(t => t.PublishAttemptedAtUtc is null))
        {
            target.State = TargetState.Cancelled;
            target.Problem = SchedulingMessages.PostDeleted;
            target.LeaseOwner = null;
            target.LeaseExpiresAtUtc = null;
            TargetHistory.Record(db, target, "cancelled", target.Problem, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
