using Cadence.BuildingBlocks.Events;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// An edit that sent a scheduled post back to review must not publish unreviewed: its waiting targets are held, keeping
/// their time, until the post is approved again (<see cref="ReleaseTargetsWhenPostApproved"/>). One waiting for its
/// paused queue now waits for the approval too, so resuming the queue cannot release it.
/// </summary>
internal sealed class HoldTargetsWhenApprovalLost(SchedulerDbContext db, TimeProvider clock) : IIntegrationEventHandler<PostContentChanged>
{
    public async Task HandleAsync(PostContentChanged integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.IsApproved)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var targets = await db.PublishTargets
            .Where(t => t.State == TargetState.Scheduled || t.State == TargetState.Prepared
                || (t.State == TargetState.Held && t.Problem == SchedulingMessages.QueuePaused))
            .Where(t => db.ScheduledPosts.Any(p => p.Id == t.ScheduledPostId && p.PostId == integrationEvent.PostId))
            .ToListAsync(cancellationToken);
        foreach (var target in targets)
        {
            target.State = TargetState.Held;
            target.Problem = SchedulingMessages.EditedAfterApproval;
            TargetHistory.Record(db, target, "held", target.Problem, now);
            PublishOutcomeEvents.Problem(db, target, integrationEvent.ClientId, integrationEvent.PostId, PublishProblemKind.Held, PublishHoldCause.Approval, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
