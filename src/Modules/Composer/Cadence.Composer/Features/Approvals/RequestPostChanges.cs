using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Features.Posts;

namespace Cadence.Composer.Features.Approvals;

/// <summary>The team sends a post in review (or approved) back to its author with a comment saying what should change.</summary>
internal sealed class RequestPostChanges(ReviewPosts posts, CurrentActor actors, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result> HandleAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(request.PostId, cancellationToken);
        if (post is null)
        {
            return Result.Failure(Error.NotFound("Post"));
        }

        if (!ApprovalRules.MayDecide(current, post, await posts.SettingsAsync(post.ClientId, cancellationToken)))
        {
            return Result.Failure(ApprovalRules.NotAllowedToDecide);
        }

        if (!ApprovalRules.CanBeSentBack(post))
        {
            return Result.Failure(Error.Conflict($"Only a post in review or approved can be sent back for changes, and this one is {PostFormatRules.Name(post.Status).ToLowerInvariant()}."));
        }

        if (request.Version is { } version && version != post.ContentVersion)
        {
            return Result.Failure(ReviewPosts.Stale);
        }

        if (request.CommentTooLong is { } tooLong)
        {
            return Result.Failure(tooLong);
        }

        var sentBack = post.RequestChanges(await actors.GetAsync(cancellationToken), clock.GetUtcNow().UtcDateTime, request.TrimmedComment ?? string.Empty);
        return sentBack.Succeeded ? await posts.SaveAsync(cancellationToken) : sentBack;
    }
}
