using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.HashtagGroups;

internal sealed class DeleteHashtagGroup(ComposerDbContext db, ICurrentAgency current)
{
    /// <summary>Deletes the group; the value is its client, whose list the page shows next.</summary>
    public async Task<Result<Guid>> HandleAsync(Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.HashtagGroups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || !current.CanAccessClient(group.ClientId))
        {
            return Error.NotFound("The hashtag group");
        }

        db.HashtagGroups.Remove(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.ClientId;
    }
}
