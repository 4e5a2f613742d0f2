using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;

namespace Cadence.Composer.Features.Approvals;

/// <summary>The team's approval of a post in review; the post is approved once every approval its client requires is in.</summary>
internal sealed class ApprovePost(ReviewPosts posts, CurrentActor actors, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(request.PostId, cancellationToken);
        if (post is null)
        {
            return Result.Failure(Error.NotFound("Post"));
        }

        var settings = await posts.SettingsAsync(post.ClientId, cancellationToken);
        if (!ApprovalRules.MayDecide(current, post, settings))
        {
            return Result.Failure(ApprovalRules.NotAllowedToDecide);
        }

        var policy = settings?.Policy ?? ApprovalPolicy.None;
        if (!ApprovalRules.AwaitsTeam(post, policy))
        {
            return Result.Failure(Error.Conflict(post.Status == ApprovalStatus.InReview
                ? "The team has already approved this post; it is waiting for the client."
                : $"Only a post in review can be approved, and this one is {PostFormatRules.Name(post.Status).ToLowerInvariant()}."));
        }

        if (request.Version is { } version && version != post.ContentVersion)
        {
            return Result.Failure(ReviewPosts.Stale);
        }

        if (request.CommentTooLong is { } tooLong)
        {
            return Result.Failure(tooLong);
        }

        var approved = post.Approve(policy, await actors.GetAsync(cancellationToken), clock.GetUtcNow().UtcDateTime, request.TrimmedComment);
        return approved.Succeeded ? await posts.SaveAsync(cancellationToken) : approved;
    }
}
