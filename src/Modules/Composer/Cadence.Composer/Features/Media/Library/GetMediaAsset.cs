using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;

namespace Cadence.Composer.Features.Media.Library;

internal sealed class GetMediaAsset(ComposerDbContext db, MediaUsage usage, ICurrentAgency current, IClientDirectory clients)
{
    public async Task<Result<MediaAssetDetails>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(current, id, cancellationToken) is not { } asset)
        {
            return Error.NotFound("Media file");
        }

        var timeZoneId = (await clients.FindAsync(asset.ClientId, cancellationToken))?.TimeZoneId ?? "UTC";
        return new MediaAssetDetails(asset, await usage.PostsAsync(id, cancellationToken), timeZoneId);
    }
}
