using Cadence.Composer.Data;
using Cadence.Composer.Features.Media.Urls;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

/// <summary>The signed thumbnail of each post's first file, for lists of posts: one query for the whole list.</summary>
internal sealed class PostThumbnails(ComposerDbContext db, IMediaUrls urls)
{
    public async Task<IReadOnlyDictionary<Guid, string>> OfFirstFilesAsync(IEnumerable<Guid?> firstAssetIds, CancellationToken cancellationToken)
    {
        var ids = firstAssetIds.OfType<Guid>().Distinct().ToList();
        var assets = await db.MediaAssets.AsNoTracking().Where(a => ids.Contains(a.Id) && a.ThumbnailKey != null).ToListAsync(cancellationToken);
        return assets.ToDictionary(a => a.Id, a => urls.ForDisplay(a));
    }

    public static string? For(IReadOnlyDictionary<Guid, string> thumbnails, Guid? firstAssetId) =>
        firstAssetId is { } id ? thumbnails.GetValueOrDefault(id) : null;
}
