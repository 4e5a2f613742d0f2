using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

/// <summary>Deletes a post that was never approved (a draft, or one sent back for changes), and tells other modules.</summary>
internal sealed class DeletePost(ComposerDbContext db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Post post, CancellationToken cancellationToken)
    {
        if (post.Status is not (ApprovalStatus.Draft or ApprovalStatus.ChangesRequested))
        {
            return Result.Failure(Error.Conflict("Only drafts and posts sent back for changes can be deleted."));
        }

        db.Posts.Remove(post);
        db.AddIntegrationEvent(new PostDeleted(post.Id, post.ClientId) { AgencyId = post.AgencyId, OccurredAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(Error.Conflict("This post was changed meanwhile (edited or submitted), so it was not deleted. Look at it again."));
        }
    }
}
