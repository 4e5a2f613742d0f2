using Cadence.Accounts.Contracts.Agencies;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// "Retry failed accounts": the post's failed and missed accounts are tried again now; accounts already published (or
/// still on their way) are left alone. The publish log records who asked for it.
/// </summary>
internal sealed class RetryFailedTargets(
    SchedulerDbContext db,
    ICurrentAgency current,
    IPublishablePosts posts,
    IAgencyDirectory agency,
    TimeProvider clock)
{
    /// <summary>Retries the failed and missed accounts and returns how many were retried.</summary>
    public async Task<Result<int>> ExecuteAsync(Guid postId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == postId, cancellationToken);
        if (booking is null || current.AgencyId is not { } agencyId || !current.CanAccessClient(booking.ClientId))
        {
            return Error.NotFound("Scheduled post");
        }

        var retryable = booking.Targets.Where(ScheduleTargets.IsRetryable).ToList();
        if (retryable.Count == 0)
        {
            return Error.Conflict("No account has failed or missed this post, so there is nothing to retry.");
        }

        // Retrying content Instagram would refuse again only fails again: say what to fix first.
        var post = await posts.GetAsync(agencyId, postId, cancellationToken);
        if (!post.Succeeded)
        {
            return Error.Conflict("The post no longer exists in the Composer, so it cannot be published.");
        }

        if (!post.Value.IsPublishable)
        {
            var problems = post.Value.IsApproved ? post.Value.Problems : ["This post isn't approved: approve it again, then retry.", .. post.Value.Problems];
            return Result.Failure<int>(problems.Select(problem => Error.Conflict(problem, "Post")).ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var who = await WhoAsync(cancellationToken);
        foreach (var target in retryable)
        {
            var detail = target.PublishAttemptedAtUtc is null
                ? $"{who} retried it; publishing with fresh containers."
                : $"{who} retried it; first checking whether the earlier publish went out.";
            TargetHistory.Record(db, target, "retried", detail, now);
            ScheduleTargets.Rebook(target, now, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return retryable.Count;
    }

    private async Task<string> WhoAsync(CancellationToken cancellationToken)
    {
        var members = await agency.ListMembersAsync(cancellationToken);
        return members.FirstOrDefault(m => m.UserId == current.UserId)?.DisplayName ?? "A team member";
    }
}
