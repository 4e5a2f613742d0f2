using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Sends a valid draft for approval (or approves it at once when its client needs none). Invalid posts stay drafts.</summary>
internal sealed class SubmitForReview(ReviewPosts posts, CurrentActor actors, IPostValidator validator, ICurrentAgency current, TimeProvider clock)
{
    public const string NotValid = "not_valid";

    public async Task<Result> HandleAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(request.PostId, cancellationToken);
        if (post is null)
        {
            return Result.Failure(Error.NotFound("Post"));
        }

        if (!ApprovalRules.MayEdit(current, post.ClientId))
        {
            return Result.Failure(ApprovalRules.NotAllowedToEdit);
        }

        if (!ApprovalRules.CanBeSubmitted(post))
        {
            return Result.Failure(Error.Conflict($"This post is {PostFormatRules.Name(post.Status).ToLowerInvariant()}: only a draft or a post with changes requested can be submitted."));
        }

        if (request.Version is { } version && version != post.ContentVersion)
        {
            return Result.Failure(ReviewPosts.Stale);
        }

        if (request.CommentTooLong is { } tooLong)
        {
            return Result.Failure(tooLong);
        }

        var problems = await validator.ValidateAsync(post, cancellationToken);
        if (problems.Count > 0)
        {
            return Result.Failure(problems.Select(p => new Error(NotValid, p.Message, p.Field)).ToList());
        }

        var settings = await posts.SettingsAsync(post.ClientId, cancellationToken);
        var submitted = post.Submit(settings?.Policy ?? ApprovalPolicy.None, await actors.GetAsync(cancellationToken), clock.GetUtcNow().UtcDateTime, request.TrimmedComment);
        return submitted.Succeeded ? await posts.SaveAsync(cancellationToken) : submitted;
    }
}
