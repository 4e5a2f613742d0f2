using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

/// <summary>A post the current member may open, with its client.</summary>
internal sealed record PostInContext(Post Post, ClientSummary Client);

/// <summary>
/// Finds a post of the current agency (the query filter) whose client the member may see; anything else is "not
/// there", so another agency's ids answer 404.
/// </summary>
internal sealed class PostAccess(ComposerDbContext db, ICurrentAgency current, IClientDirectory clients)
{
    public async Task<PostInContext?> FindAsync(Guid postId, CancellationToken cancellationToken, bool tracked = true)
    {
        var query = db.Posts.Include(p => p.Items).Include(p => p.Accounts).AsSplitQuery();
        var post = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || !current.CanAccessClient(post.ClientId) || await clients.FindAsync(post.ClientId, cancellationToken) is not { } client)
        {
            return null;
        }

        return new PostInContext(post, client);
    }

    public async Task<ApprovalPolicy> PolicyAsync(Guid clientId, CancellationToken cancellationToken) =>
        await db.ClientSettings.AsNoTracking().Where(s => s.ClientId == clientId)
            .Select(s => new ApprovalPolicy(s.RequireTeamApproval, s.RequireClientApproval))
            .SingleOrDefaultAsync(cancellationToken) ?? ApprovalPolicy.None;
}
