using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>
/// The checks before publishing, for one target: the account can publish, the content still passes the Composer's
/// rules, Instagram can fetch every media file, and the quota has room. The result is stored on the target to warn
/// people in time; the dispatcher makes its own decisions when the time comes.
/// </summary>
internal sealed class PrePublishChecks(
    SchedulerDbContext db,
    IInstagramAccountDirectory accounts,
    IInstagramAccountTokens tokens,
    IPublishablePosts posts,
    MediaReachability media,
    PublishingRoom room,
    TimeProvider clock)
{
    /// <summary>Checks the target (the caller acts for its agency) and saves what was found.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(Guid agencyId, Guid targetId, CancellationToken cancellationToken)
    {
        var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.Id == targetId && t.AgencyId == agencyId, cancellationToken);
        var postId = await db.ScheduledPosts.IgnoreQueryFilters().Where(p => p.Id == target.ScheduledPostId).Select(p => p.PostId).SingleAsync(cancellationToken);
        var problems = await ProblemsAsync(target, postId, cancellationToken);
        target.CheckedAtUtc = clock.GetUtcNow().UtcDateTime;
        target.CheckProblems = problems;
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    private async Task<List<string>> ProblemsAsync(PublishTarget target, Guid postId, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var account = await accounts.FindAsync(target.InstagramAccountId, cancellationToken);
        if (account is null)
        {
            problems.Add("The Instagram account is no longer linked: remove it from the post or link it again.");
        }
        else if (!account.CanPublish)
        {
            problems.Add(SchedulePost.CannotPublish(account));
        }

        var found = await posts.GetAsync(target.AgencyId, postId, cancellationToken);
        if (!found.Succeeded)
        {
            problems.Add("The post no longer exists in the Composer.");
            return problems;
        }

        var post = found.Value;
        if (!post.IsApproved)
        {
            problems.Add("The post isn't approved any more: approve it again to keep its time.");
        }

        problems.AddRange(post.Problems);
        for (var i = 0; i < post.Media.Count; i++)
        {
            var item = post.Media[i];
            if (await media.ProblemAsync(item.Url, MediaReachability.Label(item.Url, item.IsVideo, i + 1, post.Media.Count), cancellationToken) is { } problem)
            {
                problems.Add(problem);
            }
        }

        if (post.CoverUrl is { } cover && await media.ProblemAsync(cover, "the cover image " + MediaReachability.Label(cover, false, 1, 1), cancellationToken) is { } coverProblem)
        {
            problems.Add(coverProblem);
        }

        if (account is { CanPublish: true } && await QuotaProblemAsync(target, account, cancellationToken) is { } quota)
        {
            problems.Add(quota);
        }

        return problems;
    }

    private async Task<string?> QuotaProblemAsync(PublishTarget target, InstagramAccountSummary account, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(target.AgencyId, target.InstagramAccountId, cancellationToken);
        if (!token.Succeeded)
        {
            return token.Errors[0].Message;
        }

        try
        {
            return await room.ProblemAsync(target, new AccountAccess(token.Value.InstagramUserId, token.Value.AccessToken), "@" + account.Username, cancellationToken);
        }
        catch (InstagramException exception)
        {
            return $"Couldn't read @{account.Username}'s publishing limit from Instagram: {exception.Message}";
        }
    }
}
