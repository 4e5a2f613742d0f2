using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Events;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// A held post approved again goes back to its original time if that is still ahead; a time already passed is left to
/// a person, because publishing late and unannounced is worse than asking. The post is read as it is now, so an event
/// that arrives after a newer edit releases nothing.
/// </summary>
internal sealed class ReleaseTargetsWhenPostApproved(SchedulerDbContext db, IPublishablePosts posts, IInstagramAccountDirectory accounts, TimeProvider clock)
    : IIntegrationEventHandler<PostApproved>
{
    public async Task HandleAsync(PostApproved integrationEvent, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == integrationEvent.PostId, cancellationToken);
        var held = booking?.Targets.Where(t => t.State == TargetState.Held && t.PublishAttemptedAtUtc is null).ToList() ?? [];
        if (held.Count == 0)
        {
            return;
        }

        var post = await posts.GetAsync(integrationEvent.AgencyId, integrationEvent.PostId, cancellationToken);
        if (!post.Succeeded || !post.Value.IsApproved)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var pausedAccounts = await PausedQueues.AccountIdsAsync(db, cancellationToken);
        foreach (var target in held)
        {
            if (PausedQueues.Holds(booking!, target, pausedAccounts))
            {
                target.Problem = SchedulingMessages.QueuePaused;
                continue;
            }

            if (await accounts.FindAsync(target.InstagramAccountId, cancellationToken) is not { CanPublish: true } account)
            {
                continue;
            }

            if (target.DueAtUtc <= now)
            {
                target.Problem = SchedulingMessages.ApprovedTooLate;
                TargetHistory.Record(db, target, "held", target.Problem, now);
                continue;
            }

            ScheduleTargets.Reset(target, target.DueAtUtc);
            TargetHistory.Record(db, target, "released", $"Approved again (version {integrationEvent.ContentVersion}); publishing to @{account.Username} at its time.", now);
        }

        booking!.ContentVersion = post.Value.ContentVersion;
        await db.SaveChangesAsync(cancellationToken);
    }
}
