using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Reads a published target's permalink, records it as published (and tells the other modules), then posts the first comment.</summary>
internal sealed class PublishedRecorder(
    SchedulerDbContext db, IInstagramPublishing publishing, IInstagramAccounts instagramAccounts, PublishJournal journal, IPublishStepObserver observer)
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
        journal.Log(target, "publish", "published", mediaId is null ? "Published." : $"Published as media {mediaId}.");
        var (clientId, postId) = await PublishOutcomeEvents.BookingOfAsync(db, target, cancellationToken);
        PublishOutcomeEvents.Published(db, target, clientId, postId, publishedAt);
        await db.SaveChangesAsync(cancellationToken);
        await observer.ReachedAsync(PublishBoundary.PublishedRecorded, target, cancellationToken);
        if (mediaId is not null && !string.IsNullOrWhiteSpace(firstComment))
        {
            await PostFirstCommentAsync(target, access, mediaId, firstComment, cancellationToken);
        }
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
