using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Media.Library;

internal static class FindMediaAsset
{
    /// <summary>The asset when it is the current agency's and its client is one the member may see; null otherwise.</summary>
    public static async Task<MediaAsset?> FindVisibleAsync(this ComposerDbContext db, ICurrentAgency current, Guid id, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return asset is not null && current.CanAccessClient(asset.ClientId) ? asset : null;
    }
}
