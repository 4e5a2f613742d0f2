using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.HashtagGroups;

internal sealed class GetHashtagGroup(ComposerDbContext db, ICurrentAgency current)
{
    public async Task<Result<HashtagGroupView>> HandleAsync(Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.HashtagGroups.AsNoTracking()
            .Where(g => g.Id == groupId)
            .Select(g => new HashtagGroupView(g.Id, g.ClientId, g.Name, g.Hashtags))
            .SingleOrDefaultAsync(cancellationToken);
        return group is not null && current.CanAccessClient(group.ClientId) ? group : Error.NotFound("The hashtag group");
    }
}
