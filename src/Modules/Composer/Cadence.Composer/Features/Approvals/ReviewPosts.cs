using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Loads a post with everything its review needs, as the current member may see it, and saves a decision on it.</summary>
internal sealed class ReviewPosts(ComposerDbContext db, ICurrentAgency current)
{
    public static readonly Error Stale = Error.Conflict("The post changed since you opened it. Look at the new version and decide again.");

    public async Task<Post?> FindAsync(Guid postId, CancellationToken cancellationToken)
    {
        var post = await db.Posts
            .Include(p => p.Items)
            .Include(p => p.Accounts)
            .Include(p => p.Activity)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is not null && current.CanAccessClient(post.ClientId) ? post : null;
    }

    public Task<ClientComposerSettings?> SettingsAsync(Guid clientId, CancellationToken cancellationToken) =>
        db.ClientSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ClientId == clientId, cancellationToken);

    /// <summary>Saves the decision; a post edited meanwhile (its content version moved on) refuses it instead.</summary>
    public async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(Stale);
        }
    }
}
