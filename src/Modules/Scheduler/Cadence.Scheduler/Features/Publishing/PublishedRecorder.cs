using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Records a target as published, then reads its permalink and posts the first comment.</summary>
internal sealed class PublishedRecorder(
    SchedulerDbContext db, IInstagramPublishing publishing, IInstagramAccounts instagramAccounts, PublishJournal journal, IPublishStepObserver observer)
{
    public async Task MarkPublishedAsync(
        PublishTarget target, AccountAccess access, string? mediaId, string? permalink, string? firstComment, CancellationToken cancellationToken)
    {
        target.State = TargetState.Published;
        target.PublishedAtUtc = journal.Now;
        target.MediaId = mediaId;
        target.Permalink = permalink;
        target.Attempts = 0;
        target.Problem = null;
        journal.Log(target, "publish", "published", mediaId is null ? "Published." : $"Published as media {mediaId}.");
        await db.SaveChangesAsync(cancellationToken);
        await observer.ReachedAsync(PublishBoundary.PublishedRecorded, target, cancellationToken);
        if (mediaId is null)
        {
            return;
        }

        // Published is saved first: a failure below must never make the post look unpublished (or publish it again).
        try
        {
            if (target.Permalink is null)
            {
                target.Permalink = (await instagramAccounts.GetMediaAsync(access.AccessToken, mediaId, cancellationToken)).Permalink;
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (InstagramException exception)
        {
            journal.Log(target, "permalink", "not read", exception.Message);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(firstComment))
        {
            await PostFirstCommentAsync(target, access, mediaId, firstComment, cancellationToken);
        }
    }

    private async Task PostFirstCommentAsync(PublishTarget target, AccountAccess access, string mediaId, string firstComment, CancellationToken cancellationToken)
    {
        try
        {
            var commentId = await publishing.PostFirstCommentAsync(access.AccessToken, mediaId, firstComment, cancellationToken);
            await observer.ReachedAsync(PublishBoundary.FirstCommentPosted, target, cancellationToken);
            journal.Log(target, "comment", "posted", $"First comment {commentId}.");
        }
        catch (InstagramException exception)
        {
            target.Problem = "Published, but the first comment could not be posted: " + (exception is InstagramApiException api ? api.Error.UserMessage : exception.Message);
            journal.Log(target, "comment", "failed", target.Problem);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
