using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>The single publish call: checks the quota, saves the attempt before calling, and records what Instagram answered.</summary>
internal sealed class ContainerPublisher(
    SchedulerDbContext db,
    IInstagramPublishing publishing,
    PublishFailures failures,
    AttemptReconciler reconciler,
    PublishedRecorder recorder,
    PublishJournal journal,
    IPublishStepObserver observer)
{
    public async Task PublishAsync(PublishTarget target, AccountAccess access, PostSnapshot snapshot, CancellationToken cancellationToken)
    {
        journal.Step = "quota";
        var limit = await publishing.GetPublishingLimitAsync(access, cancellationToken: cancellationToken);
        if (limit.Remaining == 0)
        {
            await failures.DeferForQuotaAsync(target, limit.QuotaTotal, cancellationToken);
            return;
        }

        journal.Step = "publish";
        target.State = TargetState.PublishAttempted;
        target.PublishAttemptedAtUtc = journal.Now;
        journal.Log(target, "publish", "attempted", $"Publishing container {target.ContainerId}.");
        await db.SaveChangesAsync(cancellationToken);
        await observer.ReachedAsync(PublishBoundary.PublishAttemptRecorded, target, cancellationToken);

        string mediaId;
        try
        {
            mediaId = await publishing.PublishAsync(access, target.ContainerId!, cancellationToken);
        }
        catch (InstagramApiException exception) when (exception.Error.Kind == InstagramErrorKind.Transient)
        {
            // No answer, or one that may come from a proxy after Instagram published: the outcome is unknown, so the
            // next run reads the container instead of publishing again.
            target.Attempts++;
            target.NextAttemptAtUtc = journal.Now + PublishRetryPolicy.Backoff(target.Attempts);
            target.Problem = "Instagram did not confirm the publish; checking again shortly.";
            journal.Log(target, "publish", "unknown outcome", exception.Error.Message);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        catch (InstagramApiException exception) when (exception.Error.Code == 506)
        {
            journal.Log(target, "publish", "already published", exception.Error.Message);
            await reconciler.ReconcileAsync(target, access, null, cancellationToken);
            return;
        }
        catch (InstagramApiException exception)
        {
            // Instagram answered with a refusal: nothing was published, so the container may be published later.
            target.State = TargetState.Prepared;
            target.PublishAttemptedAtUtc = null;
            journal.Log(target, "publish", "refused", exception.Error.Message);
            throw;
        }

        await observer.ReachedAsync(PublishBoundary.PublishCallReturned, target, cancellationToken);
        await recorder.MarkPublishedAsync(target, access, mediaId, null, snapshot.Post.FirstComment, cancellationToken);
    }
}
