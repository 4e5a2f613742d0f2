using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Features.Media.Storage;
using Microsoft.Extensions.Logging;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>Deletes a file nobody's post uses: the row first, then its files (a leftover file is harmless, a row without files is not).</summary>
internal sealed partial class DeleteMediaAsset(ComposerDbContext db, IMediaStorage storage, MediaUsage usage, ICurrentAgency current, ILogger<DeleteMediaAsset> logger)
{
    public async Task<Result<MediaAssetDetails>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(current, id, cancellationToken) is not { } asset)
        {
            return Error.NotFound("Media file");
        }

        var usedBy = await usage.PostsAsync(id, cancellationToken);
        if (usedBy.Count > 0)
        {
            var posts = usedBy.Count == 1 ? "1 post uses" : $"{usedBy.Count} posts use";
            return Error.Conflict($"{posts} this file. Remove it from {(usedBy.Count == 1 ? "that post" : "those posts")} first, then delete it.");
        }

        db.MediaAssets.Remove(asset);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in MediaFileSet.Keys(asset))
        {
            try
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
            catch (IOException exception)
            {
                LogLeftover(logger, key, exception);
            }
        }

        return new MediaAssetDetails(asset, usedBy);
    }

    [LoggerMessage(LogLevel.Warning, "The media file {Key} was left in storage after its asset was deleted.")]
    private static partial void LogLeftover(ILogger logger, string key, Exception exception);
}
