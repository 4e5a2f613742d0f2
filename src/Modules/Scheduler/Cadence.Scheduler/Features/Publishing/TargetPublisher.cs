using System.Globalization;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// Moves one claimed publish target (one post, one account) as far as it can go now: containers (children first), polling
/// to FINISHED, the quota, the single publish call, media id, permalink and first comment. Every container id and the
/// "publish attempted" mark are saved before the next Instagram call, so a crash at any point is reconciled from the
/// container's status and never publishes twice. Whatever stops it sets <see cref="PublishTarget.NextAttemptAtUtc"/>
/// (or a final state) and writes the reason to the publish log.
/// </summary>
internal sealed class TargetPublisher(
    SchedulerDbContext db,
    IPublishablePosts posts,
    IInstagramAccountTokens tokens,
    IInstagramPublishing publishing,
    IInstagramAccounts instagramAccounts,
    TimeProvider clock)
{
    // Instagram's and Cadence's clocks differ a little: a media stamped slightly before our attempt is still ours.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private string _step = "start";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Advances the target by as many steps as it can take now and returns where it stands.</summary>
    public async Task<TargetState> AdvanceAsync(Guid targetId, CancellationToken cancellationToken)
    {
        var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.Id == targetId, cancellationToken);
        if (target.IsFinal || target.State == TargetState.Held)
        {
            return target.State;
        }

        var scheduled = await db.ScheduledPosts.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == target.ScheduledPostId, cancellationToken);
        try
        {
            await AdvanceAsync(target, scheduled, cancellationToken);
        }
        catch (InstagramApiException exception)
        {
            await HandleFailureAsync(target, exception.Error, cancellationToken);
        }
        catch (InstagramValidationException exception)
        {
            await FailAsync(target, "Instagram would refuse this post: " + exception.Message, cancellationToken);
        }

        return target.State;
    }

    private async Task AdvanceAsync(PublishTarget target, ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        _step = "token";
        var access = await AccessAsync(target, cancellationToken);
        if (access is null)
        {
            return;
        }

        // An attempt whose outcome is unknown is settled first, whatever the post has become since.
        if (target.State == TargetState.PublishAttempted && !await ReconcileAsync(target, access, scheduled, cancellationToken))
        {
            return;
        }

        _step = "snapshot";
        var snapshot = await SnapshotAsync(target, scheduled, cancellationToken);
        if (snapshot is null)
        {
            return;
        }

        if (target.State == TargetState.Prepared && target.PreparedContentVersion != snapshot.Post.ContentVersion)
        {
            Log(target, "prepare", "outdated", $"The post changed (version {target.PreparedContentVersion} → {snapshot.Post.ContentVersion}); making fresh containers.");
            target.State = TargetState.Scheduled;
        }

        if (target.State == TargetState.Scheduled && !await PrepareAsync(target, access, snapshot, cancellationToken))
        {
            return;
        }

        if (Now < target.DueAtUtc)
        {
            target.NextAttemptAtUtc = target.DueAtUtc;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await PublishAsync(target, access, snapshot, cancellationToken);
    }

    private async Task<AccountAccess?> AccessAsync(PublishTarget target, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(target.AgencyId, target.InstagramAccountId, cancellationToken);
        if (token.Succeeded)
        {
            return new AccountAccess(token.Value.InstagramUserId, token.Value.AccessToken);
        }

        var error = token.Errors[0];
        if (error.Code is InstagramAccountErrors.NeedsReconnection or InstagramAccountErrors.Disconnected)
        {
            await HoldAsync(target, error.Message, cancellationToken);
        }
        else
        {
            await FailAsync(target, "The Instagram account is no longer linked.", cancellationToken);
        }

        return null;
    }

    private async Task<Snapshot?> SnapshotAsync(PublishTarget target, ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        var result = await posts.GetAsync(target.AgencyId, scheduled.PostId, cancellationToken);
        if (!result.Succeeded)
        {
            await FailAsync(target, "The post no longer exists.", cancellationToken);
            return null;
        }

        var post = result.Value;
        var account = post.Accounts.FirstOrDefault(a => a.InstagramAccountId == target.InstagramAccountId);
        if (account is null)
        {
            target.State = TargetState.Cancelled;
            target.Problem = "The post no longer goes to this account.";
            Log(target, _step, "cancelled", target.Problem);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (!post.IsPublishable)
        {
            var problems = post.IsApproved ? post.Problems : ["The post is not approved.", .. post.Problems];
            await FailAsync(target, "The post cannot be published: " + string.Join(" ", problems), cancellationToken);
            return null;
        }

        return new Snapshot(post, account.Caption);
    }

    /// <summary>Creates what is missing (children, then the parent), saving each id at once; true when the container is FINISHED.</summary>
    private async Task<bool> PrepareAsync(PublishTarget target, AccountAccess access, Snapshot snapshot, CancellationToken cancellationToken)
    {
        _step = "prepare";
        if (target.PreparedContentVersion != snapshot.Post.ContentVersion)
        {
            target.ChildContainerIds = [];
            target.ContainerId = null;
            target.PreparedContentVersion = snapshot.Post.ContentVersion;
            target.PreparedAtUtc = null;
        }

        var children = ContainerPlan.Children(snapshot.Post);
        for (var i = target.ChildContainerIds.Count; i < children.Count; i++)
        {
            var id = await publishing.CreateContainerAsync(access, children[i], cancellationToken);
            target.ChildContainerIds = [.. target.ChildContainerIds, id];
            Log(target, "container", "created", $"Item {i + 1} of {children.Count}: container {id}.");
            await db.SaveChangesAsync(cancellationToken);
        }

        if (target.ContainerId is null)
        {
            foreach (var child in target.ChildContainerIds)
            {
                if (!await IsFinishedAsync(target, access, child, cancellationToken))
                {
                    return false;
                }
            }

            var id = await publishing.CreateContainerAsync(access, ContainerPlan.Parent(snapshot.Post, snapshot.Caption, target.ChildContainerIds), cancellationToken);
            target.ContainerId = id;
            Log(target, "container", "created", $"Container {id} ({snapshot.Post.Format}).");
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await IsFinishedAsync(target, access, target.ContainerId, cancellationToken))
        {
            return false;
        }

        target.State = TargetState.Prepared;
        target.PreparedAtUtc = Now;
        target.Attempts = 0;
        target.Problem = null;
        Log(target, "prepare", "finished", $"Container {target.ContainerId} is ready to publish (version {target.PreparedContentVersion}).");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> IsFinishedAsync(PublishTarget target, AccountAccess access, string containerId, CancellationToken cancellationToken)
    {
        _step = "status";
        var status = await publishing.GetContainerStatusAsync(access.AccessToken, containerId, cancellationToken);
        switch (status.Code)
        {
            case ContainerStatusCode.Finished:
                return true;
            case ContainerStatusCode.InProgress or ContainerStatusCode.Unknown:
                target.Attempts++;
                if (target.Attempts > PublishRetryPolicy.MaxPolls)
                {
                    await FailAsync(target, "Instagram was still processing the media after many minutes.", cancellationToken);
                    return false;
                }

                target.NextAttemptAtUtc = Now + PublishRetryPolicy.PollDelay(target.Attempts);
                Log(target, "status", "in progress", $"Container {containerId} is still processing; looking again at {Stamp(target.NextAttemptAtUtc)}.");
                await db.SaveChangesAsync(cancellationToken);
                return false;
            default:
                await FailAsync(target, ContainerErrorReasons.For(status), cancellationToken);
                return false;
        }
    }

    private async Task PublishAsync(PublishTarget target, AccountAccess access, Snapshot snapshot, CancellationToken cancellationToken)
    {
        _step = "quota";
        var limit = await publishing.GetPublishingLimitAsync(access, cancellationToken: cancellationToken);
        if (limit.Remaining == 0)
        {
            await DeferForQuotaAsync(target, limit.QuotaTotal, cancellationToken);
            return;
        }

        _step = "publish";
        target.State = TargetState.PublishAttempted;
        target.PublishAttemptedAtUtc = Now;
        Log(target, "publish", "attempted", $"Publishing container {target.ContainerId}.");
        await db.SaveChangesAsync(cancellationToken);

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
            target.NextAttemptAtUtc = Now + PublishRetryPolicy.Backoff(target.Attempts);
            target.Problem = "Instagram did not confirm the publish; checking again shortly.";
            Log(target, "publish", "unknown outcome", exception.Error.Message);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        catch (InstagramApiException exception) when (exception.Error.Code == 506)
        {
            Log(target, "publish", "already published", exception.Error.Message);
            await ReconcileAsync(target, access, null, cancellationToken);
            return;
        }
        catch (InstagramApiException exception)
        {
            // Instagram answered with a refusal: nothing was published, so the container may be published later.
            target.State = TargetState.Prepared;
            target.PublishAttemptedAtUtc = null;
            Log(target, "publish", "refused", exception.Error.Message);
            throw;
        }

        await MarkPublishedAsync(target, access, mediaId, null, snapshot.Post.FirstComment, cancellationToken);
    }

    /// <summary>Settles an attempt whose outcome is unknown from the container's status; true when publishing again is safe.</summary>
    private async Task<bool> ReconcileAsync(PublishTarget target, AccountAccess access, ScheduledPost? scheduled, CancellationToken cancellationToken)
    {
        _step = "reconcile";
        var status = await publishing.GetContainerStatusAsync(access.AccessToken, target.ContainerId!, cancellationToken);
        switch (status.Code)
        {
            case ContainerStatusCode.Published:
                var snapshot = scheduled is null ? null : await posts.GetAsync(target.AgencyId, scheduled.PostId, cancellationToken);
                var post = snapshot is { Succeeded: true } ? snapshot.Value : null;
                var media = await FindPublishedMediaAsync(target, access, post, cancellationToken);
                Log(target, "reconcile", "was published", media is null
                    ? $"Container {target.ContainerId} reads PUBLISHED; its media was not found among the account's recent posts."
                    : $"Container {target.ContainerId} reads PUBLISHED as media {media.Id}.");
                await MarkPublishedAsync(target, access, media?.Id, media?.Permalink, post?.FirstComment, cancellationToken);
                return false;
            case ContainerStatusCode.Finished:
                target.State = TargetState.Prepared;
                target.PublishAttemptedAtUtc = null;
                Log(target, "reconcile", "not published", $"Container {target.ContainerId} is still FINISHED: it was not published, so publishing it is safe.");
                await db.SaveChangesAsync(cancellationToken);
                return true;
            case ContainerStatusCode.InProgress or ContainerStatusCode.Unknown:
                target.Attempts++;
                if (PublishRetryPolicy.ShouldGiveUp(target.Attempts, target.DueAtUtc, Now))
                {
                    await FailAsync(target, "Instagram never said whether the post was published; check the account before publishing it again.", cancellationToken);
                    return false;
                }

                target.NextAttemptAtUtc = Now + PublishRetryPolicy.Backoff(target.Attempts);
                Log(target, "reconcile", "unknown", $"Container {target.ContainerId} reads {status.Code}; looking again at {Stamp(target.NextAttemptAtUtc)}.");
                await db.SaveChangesAsync(cancellationToken);
                return false;
            default:
                await FailAsync(target, ContainerErrorReasons.For(status), cancellationToken);
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

    private async Task MarkPublishedAsync(
        PublishTarget target, AccountAccess access, string? mediaId, string? permalink, string? firstComment, CancellationToken cancellationToken)
    {
        target.State = TargetState.Published;
        target.PublishedAtUtc = Now;
        target.MediaId = mediaId;
        target.Permalink = permalink;
        target.Attempts = 0;
        target.Problem = null;
        Log(target, "publish", "published", mediaId is null ? "Published." : $"Published as media {mediaId}.");
        await db.SaveChangesAsync(cancellationToken);
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
            Log(target, "permalink", "not read", exception.Message);
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
            Log(target, "comment", "posted", $"First comment {commentId}.");
        }
        catch (InstagramException exception)
        {
            target.Problem = "Published, but the first comment could not be posted: " + (exception is InstagramApiException api ? api.Error.UserMessage : exception.Message);
            Log(target, "comment", "failed", target.Problem);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task HandleFailureAsync(PublishTarget target, InstagramError error, CancellationToken cancellationToken)
    {
        switch (error.Kind)
        {
            case InstagramErrorKind.TokenInvalid:
                await HoldAsync(target, "Instagram rejected this account's token: reconnect the account. " + error.Message, cancellationToken);
                await tokens.ReportTokenRejectedAsync(target.AgencyId, target.InstagramAccountId, error.Message, cancellationToken);
                return;
            case InstagramErrorKind.PublishingQuotaReached:
                await DeferForQuotaAsync(target, null, cancellationToken);
                return;
            case InstagramErrorKind.RateLimited:
                await RetryLaterAsync(target, error, error.RetryAfter ?? PublishRetryPolicy.DefaultThrottleWait, "Instagram is throttling this account's calls.", cancellationToken);
                return;
            case InstagramErrorKind.MediaNotReady:
                target.Attempts++;
                await RetryLaterAsync(target, error, PublishRetryPolicy.PollDelay(target.Attempts), "Instagram is still processing the media.", cancellationToken);
                return;
            case InstagramErrorKind.ContainerUnavailable when target.State != TargetState.PublishAttempted:
                target.Attempts++;
                target.State = TargetState.Scheduled;
                target.PreparedContentVersion = null;
                await RetryLaterAsync(target, error, TimeSpan.Zero, "Instagram discarded the prepared media; making it again.", cancellationToken);
                return;
            case InstagramErrorKind.Transient:
                target.Attempts++;
                await RetryLaterAsync(target, error, PublishRetryPolicy.Backoff(target.Attempts), "Instagram could not be reached.", cancellationToken);
                return;
            default:
                await FailAsync(target, error.UserMessage, cancellationToken);
                return;
        }
    }

    private async Task RetryLaterAsync(PublishTarget target, InstagramError error, TimeSpan wait, string problem, CancellationToken cancellationToken)
    {
        if (PublishRetryPolicy.ShouldGiveUp(target.Attempts, target.DueAtUtc, Now + wait))
        {
            await FailAsync(target, $"Gave up after {target.Attempts} attempts: {problem} ({error.Message})", cancellationToken);
            return;
        }

        target.NextAttemptAtUtc = Now + wait;
        target.Problem = $"{problem} Trying again at {Stamp(target.NextAttemptAtUtc)}.";
        Log(target, _step, "retry later", $"{target.Problem} ({error.Message})");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task DeferForQuotaAsync(PublishTarget target, int? quotaTotal, CancellationToken cancellationToken)
    {
        if (PublishRetryPolicy.ShouldGiveUp(0, target.DueAtUtc, Now + PublishRetryPolicy.QuotaWait))
        {
            await FailAsync(target, "The account's Instagram publishing limit stayed used up for hours.", cancellationToken);
            return;
        }

        var limit = quotaTotal is { } total ? $"{total} posts per 24 hours" : "posts per 24 hours";
        target.NextAttemptAtUtc = Now + PublishRetryPolicy.QuotaWait;
        target.Problem = $"The account reached Instagram's limit of {limit}; trying again at {Stamp(target.NextAttemptAtUtc)}.";
        Log(target, "quota", "deferred", target.Problem);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task HoldAsync(PublishTarget target, string reason, CancellationToken cancellationToken)
    {
        target.State = TargetState.Held;
        target.Problem = reason;
        Log(target, _step, "held", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FailAsync(PublishTarget target, string reason, CancellationToken cancellationToken)
    {
        target.State = TargetState.Failed;
        target.Problem = reason;
        Log(target, _step, "failed", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Log(PublishTarget target, string step, string outcome, string? detail) =>
        db.PublishLog.Add(new PublishLogEntry
        {
            AgencyId = target.AgencyId, PublishTargetId = target.Id, AtUtc = Now, Step = step, Outcome = outcome, Detail = detail,
        });

    private static string Stamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private sealed record Snapshot(PublishablePost Post, string Caption);
}
