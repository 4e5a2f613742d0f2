using Cadence.Composer.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.HashtagGroups;

/// <summary>A client's hashtag groups by name; the caller has checked the member may see the client.</summary>
internal sealed class ListHashtagGroups(ComposerDbContext db)
{
    public async Task<IReadOnlyList<HashtagGroupView>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var groups = await db.HashtagGroups.AsNoTracking()
            .Where(g => g.ClientId == clientId)
            .Select(g => new HashtagGroupView(g.Id, g.ClientId, g.Name, g.Hashtags))
            .ToListAsync(cancellationToken);
        return groups.OrderBy(g => g.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
