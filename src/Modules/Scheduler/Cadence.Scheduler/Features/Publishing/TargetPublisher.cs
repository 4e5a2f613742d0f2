using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
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
    CurrentAgency current,
    IClientDirectory clients,
    IPublishablePosts posts,
    IInstagramAccountTokens tokens,
    ContainerPreparer preparer,
    ContainerPublisher publisher,
    AttemptReconciler reconciler,
    PublishedRecorder recorder,
    PublishFailures failures,
    PublishJournal journal)
{
    /// <summary>Advances the target by as many steps as it can take now and returns where it stands.</summary>
    public async Task<TargetState> AdvanceAsync(Guid targetId, CancellationToken cancellationToken)
    {
        var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.Id == targetId, cancellationToken);
        var commentPending = target.State == TargetState.Published && target.FirstCommentPending;
        if ((target.IsFinal && !commentPending) || target.State == TargetState.Held)
        {
            return target.State;
        }

        var scheduled = await db.ScheduledPosts.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == target.ScheduledPostId, cancellationToken);
        await UseClientClockAsync(target.AgencyId, scheduled.ClientId, cancellationToken);
        try
        {
            await (commentPending ? FinishFirstCommentAsync(target, scheduled, cancellationToken) : AdvanceAsync(target, scheduled, cancellationToken));
        }
        catch (InstagramApiException exception)
        {
            await failures.HandleAsync(target, exception.Error, cancellationToken);
        }
        catch (InstagramValidationException exception)
        {
            await journal.FailAsync(target, "Instagram would refuse this post: " + exception.Message, cancellationToken);
        }

        return target.State;
    }

    private async Task AdvanceAsync(PublishTarget target, ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        journal.Step = "token";
        var access = await AccessAsync(target, cancellationToken);
        if (access is null)
        {
            return;
        }

        // An attempt whose outcome is unknown is settled first, whatever the post has become since.
        if (target.State == TargetState.PublishAttempted && !await reconciler.ReconcileAsync(target, access, scheduled, cancellationToken))
        {
            return;
        }

        journal.Step = "snapshot";
        var snapshot = await SnapshotAsync(target, scheduled, cancellationToken);
        if (snapshot is null)
        {
            return;
        }

        if (target.State == TargetState.Prepared && target.PreparedContentVersion != snapshot.Post.ContentVersion)
        {
            journal.Log(target, "prepare", "outdated", $"The post changed (version {target.PreparedContentVersion} → {snapshot.Post.ContentVersion}); making fresh containers.");
            target.State = TargetState.Scheduled;
        }

        if (target.State == TargetState.Prepared && journal.Now >= target.DueAtUtc)
        {
            await preparer.RecheckAsync(target, access, cancellationToken);
        }

        if (target.State == TargetState.Scheduled && !await preparer.PrepareAsync(target, access, snapshot, cancellationToken))
        {
            return;
        }

        if (journal.Now < target.DueAtUtc)
        {
            target.NextAttemptAtUtc = target.DueAtUtc;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await publisher.PublishAsync(target, access, snapshot, cancellationToken);
    }

    // The post is out whatever happens here: a problem with its comment is written on it, never a hold or a failure.
    private async Task FinishFirstCommentAsync(PublishTarget target, ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(target.AgencyId, target.InstagramAccountId, cancellationToken);
        var post = await posts.GetAsync(target.AgencyId, scheduled.PostId, cancellationToken);
        if (!token.Succeeded || !post.Succeeded)
        {
            target.FirstCommentPending = false;
            target.Problem = "Published, but the first comment could not be posted: " + (token.Succeeded ? "the post no longer exists." : token.Errors[0].Message);
            journal.Log(target, "comment", "failed", target.Problem);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var access = new AccountAccess(token.Value.InstagramUserId, token.Value.AccessToken);
        await recorder.FinishFirstCommentAsync(target, access, post.Value.FirstComment, cancellationToken);
    }

    // Publishing is background work: it acts for the post's agency, and the log's times read on the client's clock.
    private async Task UseClientClockAsync(Guid agencyId, Guid clientId, CancellationToken cancellationToken)
    {
        current.ActFor(agencyId);
        if (await clients.FindAsync(clientId, cancellationToken) is { } client && ClientTimeZone.Find(client.TimeZoneId) is { } zone)
        {
            journal.UseClientTimeZone(zone);
        }
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
            await journal.HoldAsync(target, error.Message, cancellationToken);
        }
        else
        {
            await journal.FailAsync(target, "The Instagram account is no longer linked.", cancellationToken);
        }

        return null;
    }

    private async Task<PostSnapshot?> SnapshotAsync(PublishTarget target, ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        var result = await posts.GetAsync(target.AgencyId, scheduled.PostId, cancellationToken);
        if (!result.Succeeded)
        {
            await journal.FailAsync(target, "The post no longer exists.", cancellationToken);
            return null;
        }

        var post = result.Value;
        var account = post.Accounts.FirstOrDefault(a => a.InstagramAccountId == target.InstagramAccountId);
        if (account is null)
        {
            target.State = TargetState.Cancelled;
            target.Problem = "The post no longer goes to this account.";
            journal.Log(target, journal.Step, "cancelled", target.Problem);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (!post.IsPublishable)
        {
            var problems = post.IsApproved ? post.Problems : ["The post is not approved.", .. post.Problems];
            await journal.FailAsync(target, "The post cannot be published: " + string.Join(" ", problems), cancellationToken);
            return null;
        }

        return new PostSnapshot(post, account.Caption);
    }
}
