using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Settles a publish attempt whose outcome is unknown from its container's status, so a post is never published twice.</summary>
internal sealed class AttemptReconciler(
    SchedulerDbContext db,
    IPublishablePosts posts,
    IInstagramPublishing publishing,
    IInstagramAccounts instagramAccounts,
    PublishedRecorder recorder,
    PublishJournal journal)
{
    // Instagram's and Cadence's clocks differ a little: a media stamped slightly before our attempt is still ours.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>Settles an attempt whose outcome is unknown from the container's status; true when publishing again is safe.</summary>
    public async Task<bool> ReconcileAsync(PublishTarget target, AccountAccess access, ScheduledPost? scheduled, CancellationToken cancellationToken)
    {
        journal.Step = "reconcile";
        var status = await publishing.GetContainerStatusAsync(access.AccessToken, target.ContainerId!, cancellationToken);
        switch (status.Code)
        {
            case ContainerStatusCode.Published:
                var snapshot = scheduled is null ? null : await posts.GetAsync(target.AgencyId, scheduled.PostId, cancellationToken);
                var post = snapshot is { Succeeded: true } ? snapshot.Value : null;
                var media = await FindPublishedMediaAsync(target, access, post, cancellationToken);
                journal.Log(target, "reconcile", "was published", media is null
                    ? $"Container {target.ContainerId} reads PUBLISHED; its media was not found among the account's recent posts."
                    : $"Container {target.ContainerId} reads PUBLISHED as media {media.Id}.");
                await recorder.MarkPublishedAsync(target, access, media?.Id, media?.Permalink, post?.FirstComment, cancellationToken);
                return false;
            case ContainerStatusCode.Finished:
                target.State = TargetState.Prepared;
                target.PublishAttemptedAtUtc = null;
                journal.Log(target, "reconcile", "not published", $"Container {target.ContainerId} is still FINISHED: it was not published, so publishing it is safe.");
                await db.SaveChangesAsync(cancellationToken);
                return true;
            case ContainerStatusCode.InProgress or ContainerStatusCode.Unknown:
                target.Attempts++;
                if (PublishRetryPolicy.ShouldGiveUp(target.Attempts, target.DueAtUtc, journal.Now))
                {
                    await journal.FailAsync(target, "Instagram never said whether the post was published; check the account before publishing it again.", cancellationToken);
                    return false;
                }

                target.NextAttemptAtUtc = journal.Now + PublishRetryPolicy.Backoff(target.Attempts);
                journal.Log(target, "reconcile", "unknown", $"Container {target.ContainerId} reads {status.Code}; looking again at {journal.At(target.NextAttemptAtUtc)}.");
                await db.SaveChangesAsync(cancellationToken);
                return false;
            case ContainerStatusCode.Expired when !PublishRetryPolicy.ShouldGiveUp(0, target.DueAtUtc, journal.Now):
                // Not published and only too old, and still on time (a person retried it): fresh containers right away.
                target.State = TargetState.Scheduled;
                target.PublishAttemptedAtUtc = null;
                target.PreparedContentVersion = null;
                journal.Log(target, "reconcile", "not published", $"Container {target.ContainerId} expired unpublished; making fresh containers.");
                await db.SaveChangesAsync(cancellationToken);
                return true;
            default:
                // ERROR, or EXPIRED too late to publish now: the container was not published, so the attempt is settled
                // and a person's retry starts afresh.
                target.PublishAttemptedAtUtc = null;
                await journal.FailAsync(target, ContainerErrorReasons.For(status), cancellationToken);
                return false;
        }
    }

    private async Task<InstagramMedia?> FindPublishedMediaAsync(PublishTarget target, AccountAccess access, PublishablePost? post, CancellationToken cancellationToken)
    {
        var page = post?.Format == PublishFormat.Story
            ? await instagramAccounts.GetStoriesPageAsync(access, cancellationToken: cancellationToken)
            : await instagramAccounts.GetMediaPageAsync(access, cancellationToken: cancellationToken);
        var since = (target.PublishAttemptedAtUtc ?? target.PreparedAtUtc ?? target.DueAtUtc) - ClockSkew;
        var caption = post?.Accounts.FirstOrDefault(a => a.InstagramAccountId == target.InstagramAccountId)?.Caption;
        var taken = await db.PublishTargets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.InstagramAccountId == target.InstagramAccountId && t.MediaId != null && t.Id != target.Id)
            .Select(t => t.MediaId!)
            .ToListAsync(cancellationToken);
        return page.Items
            .Where(m => m.Timestamp is { } at && at.UtcDateTime >= since && !taken.Contains(m.Id))
            .Where(m => caption is null || post!.Format == PublishFormat.Story || string.Equals(m.Caption ?? string.Empty, caption, StringComparison.Ordinal))
            .OrderBy(m => m.Timestamp)
            .FirstOrDefault();
    }
}
