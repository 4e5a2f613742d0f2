using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>A post that uses a library file, as a slide or as a reel's cover.</summary>
internal sealed record PostUsingMedia(Guid PostId, PostFormat Format, ApprovalStatus Status, string Caption, DateTime CreatedAtUtc);

/// <summary>Which of the current agency's posts use which files.</summary>
internal sealed class MediaUsage(ComposerDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, int>> CountAsync(IReadOnlyCollection<Guid> assetIds, CancellationToken cancellationToken)
    {
        var pairs = await PairsAsync(assetIds, cancellationToken);
        return pairs.GroupBy(p => p.AssetId).ToDictionary(g => g.Key, g => g.Select(p => p.PostId).Distinct().Count());
    }

    public async Task<IReadOnlyList<PostUsingMedia>> PostsAsync(Guid assetId, CancellationToken cancellationToken)
    {
        var postIds = (await PairsAsync([assetId], cancellationToken)).Select(p => p.PostId).Distinct().ToList();
        return await db.Posts.AsNoTracking()
            .Where(p => postIds.Contains(p.Id))
            .OrderByDescending(p => p.CreatedAtUtc)
            .Select(p => new PostUsingMedia(p.Id, p.Format, p.Status, p.Caption, p.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }

    // Items carry no agency of their own: joining their post applies the agency filter.
    private async Task<List<(Guid AssetId, Guid PostId)>> PairsAsync(IReadOnlyCollection<Guid> assetIds, CancellationToken cancellationToken)
    {
        var slides = await (from item in db.PostItems
                            join post in db.Posts on item.PostId equals post.Id
                            where assetIds.Contains(item.MediaAssetId)
                            select new { item.MediaAssetId, post.Id }).ToListAsync(cancellationToken);
        var covers = await db.Posts
            .Where(p => p.CoverMediaAssetId != null && assetIds.Contains(p.CoverMediaAssetId.Value))
            .Select(p => new { MediaAssetId = p.CoverMediaAssetId!.Value, p.Id })
            .ToListAsync(cancellationToken);
        return slides.Concat(covers).Select(p => (p.MediaAssetId, p.Id)).ToList();
    }
}
