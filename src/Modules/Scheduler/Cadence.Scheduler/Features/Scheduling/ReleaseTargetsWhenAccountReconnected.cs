using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Events;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// A reconnected account's held work resumes. A target held after its publish call goes back to reconciliation, never
/// to a fresh publish; one whose post is waiting for approval again stays held until the approval.
/// </summary>
internal sealed class ReleaseTargetsWhenAccountReconnected(SchedulerDbContext db, IPublishablePosts posts, TimeProvider clock)
    : IIntegrationEventHandler<InstagramAccountReconnected>
{
    public async Task HandleAsync(InstagramAccountReconnected integrationEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await (from target in db.PublishTargets
                          join booking in db.ScheduledPosts on target.ScheduledPostId equals booking.Id
                          where target.InstagramAccountId == integrationEvent.AccountId && target.State == TargetState.Held
                          select new { Target = target, Booking = booking })
            .ToListAsync(cancellationToken);
        var pausedAccounts = await PausedQueues.AccountIdsAsync(db, cancellationToken);
        foreach (var (target, booking) in held.Select(h => (h.Target, h.Booking)))
        {
            if (target.PublishAttemptedAtUtc is null && PausedQueues.Holds(booking, target, pausedAccounts))
            {
                continue;
            }

            if (target.PublishAttemptedAtUtc is not null)
            {
                target.State = TargetState.PublishAttempted;
                target.NextAttemptAtUtc = now;
                target.Problem = null;
                TargetHistory.Record(db, target, "released", "Account reconnected; checking whether the earlier publish went out.", now);
                continue;
            }

            var post = await posts.GetAsync(integrationEvent.AgencyId, booking.PostId, cancellationToken);
            if (post.Succeeded && !post.Value.IsApproved)
            {
                target.Problem = SchedulingMessages.EditedAfterApproval;
                continue;
            }

            ScheduleTargets.Reset(target, target.DueAtUtc);
            target.NextAttemptAtUtc = target.DueAtUtc > now ? target.DueAtUtc : now;
            TargetHistory.Record(db, target, "released", $"@{integrationEvent.Username} reconnected; publishing resumes.", now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
