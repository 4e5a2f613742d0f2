using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals.Links;

internal sealed record ClientDecisionRequest(string? Token, ReviewRequest Review, bool Approve);

/// <summary>The client approves a post of their link, or asks for changes; recorded as "name (client)", without a user.</summary>
internal sealed class DecideThroughLink(ApprovalLinks links, ComposerDbContext db, TimeProvider clock)
{
    public const string LinkClosed = "link_closed";

    public async Task<Result> HandleAsync(ClientDecisionRequest request, CancellationToken cancellationToken)
    {
        var (state, open) = await links.FindAsync(request.Token, cancellationToken);
        if (open is null)
        {
            return Result.Failure(state == LinkState.Closed ? new Error(LinkClosed, "This link no longer works.") : Error.NotFound("Link"));
        }

        var link = open.Link;
        var post = link.Posts.Any(p => p.PostId == request.Review.PostId)
            ? (await links.PostsAsync(link, cancellationToken)).SingleOrDefault(p => p.Id == request.Review.PostId)
            : null;
        if (post is null)
        {
            return Result.Failure(Error.NotFound("Post"));
        }

        if (!ClientDecisions.CanDecide(post))
        {
            return Result.Failure(Error.Conflict("This post is no longer waiting for your decision."));
        }

        if (request.Review.Version is { } version && version != post.ContentVersion)
        {
            return Result.Failure(Error.Conflict("The agency changed this post since you opened the page. Look at the new version and decide again."));
        }

        if (request.Review.CommentTooLong is { } tooLong)
        {
            return Result.Failure(tooLong);
        }

        var actor = new Actor(null, $"{link.RecipientName} (client)");
        var now = clock.GetUtcNow().UtcDateTime;
        var policy = (await links.SettingsAsync(link, cancellationToken))?.Policy ?? ApprovalPolicy.None;
        var decided = request.Approve
            ? post.Approve(policy, actor, now, request.Review.TrimmedComment)
            : post.RequestChanges(actor, now, request.Review.TrimmedComment ?? string.Empty);
        if (!decided.Succeeded)
        {
            return decided;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(Error.Conflict("The agency changed this post while you were deciding. Look at the new version and decide again."));
        }
    }
}
