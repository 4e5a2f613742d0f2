using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Reads a published target's permalink, records it as published (and tells the other modules), then posts the first comment.</summary>
internal sealed class PublishedRecorder(
    SchedulerDbContext db,
    IInstagramPublishing publishing,
    IInstagramAccounts instagramAccounts,
    IInstagramComments comments,
    PublishJournal journal,
    IPublishStepObserver observer)
{
    public async Task MarkPublishedAsync(
        PublishTarget target, AccountAccess access, string? mediaId, string? permalink, string? firstComment, CancellationToken cancellationToken)
    {
        // The publish call is already recorded as made, so a crash before the save below ends in reconciliation, never a
        // second publish; reading the permalink first lets the one save carry it in the PostPublished event.
        var publishedAt = journal.Now;
        permalink ??= mediaId is null ? null : await ReadPermalinkAsync(target, access, mediaId, cancellationToken);
        target.State = TargetState.Published;
        target.PublishedAtUtc = publishedAt;
        target.MediaId = mediaId;
        target.Permalink = permalink;
        target.Attempts = 0;
        target.Problem = null;
        target.FirstCommentPending = mediaId is not null && !string.IsNullOrWhiteSpace(firstComment);
        journal.Log(target, "publish", "published", mediaId is null ? "Published." : $"Published as media {mediaId}.");
        var (clientId, postId) = await PublishOutcomeEvents.BookingOfAsync(db, target, cancellationToken);
        PublishOutcomeEvents.Published(db, target, clientId, postId, publishedAt);
        await db.SaveChangesAsync(cancellationToken);
        await observer.ReachedAsync(PublishBoundary.PublishedRecorded, target, cancellationToken);
        if (target.FirstCommentPending)
        {
            await PostFirstCommentAsync(target, access, mediaId!, firstComment!, cancellationToken);
        }
    }

    /// <summary>
    /// Finishes a first comment a crash left unsettled: posted only when the media does not already carry it from this
    /// account, so it appears once.
    /// </summary>
    public async Task FinishFirstCommentAsync(PublishTarget target, AccountAccess access, string? firstComment, CancellationToken cancellationToken)
    {
        journal.Step = "comment";
        if (string.IsNullOrWhiteSpace(firstComment))
        {
            target.FirstCommentPending = false;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        InstagramPage<InstagramComment> onPost;
        try
        {
            onPost = await comments.GetCommentsPageAsync(access.AccessToken, target.MediaId!, cancellationToken: cancellationToken);
        }
        catch (InstagramException exception)
        {
            await RetryCommentCheckLaterAsync(target, exception, cancellationToken);
            return;
        }

        if (onPost.Items.FirstOrDefault(c => c.From?.Id == access.AccountId && c.Text == firstComment) is { } posted)
        {
            target.FirstCommentPending = false;
            journal.Log(target, "comment", "posted", $"First comment {posted.Id} (found on the post after a restart).");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await PostFirstCommentAsync(target, access, target.MediaId!, firstComment, cancellationToken);
    }

    private async Task<string?> ReadPermalinkAsync(PublishTarget target, AccountAccess access, string mediaId, CancellationToken cancellationToken)
    {
        try
        {
            return (await instagramAccounts.GetMediaAsync(access.AccessToken, mediaId, cancellationToken)).Permalink;
        }
        catch (InstagramException exception)
        {
            journal.Log(target, "permalink", "not read", exception.Message);
            return null;
        }
    }

    // Not knowing whether the comment is there, posting it could make two: look again later, a bounded number of times.
    private async Task RetryCommentCheckLaterAsync(PublishTarget target, InstagramException exception, CancellationToken cancellationToken)
    {
        target.Attempts++;
        if (target.Attempts >= PublishRetryPolicy.MaxAttempts)
        {
            target.FirstCommentPending = false;
            target.Problem = "Published, but whether the first comment was posted could not be checked: look at the post on Instagram.";
            journal.Log(target, "comment", "failed", $"{target.Problem} ({exception.Message})");
        }
        else
        {
            target.NextAttemptAtUtc = journal.Now + PublishRetryPolicy.Backoff(target.Attempts);
            journal.Log(target, "comment", "retry later", $"Could not read the post's comments; looking again at {journal.At(target.NextAttemptAtUtc)}. ({exception.Message})");
        }

        await db.SaveChangesAsync(cancellationToken);
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

        target.FirstCommentPending = false;
        await db.SaveChangesAsync(cancellationToken);
    }
}
