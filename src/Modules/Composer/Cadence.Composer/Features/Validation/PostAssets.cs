using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Validation;

/// <summary>
/// The library files a post uses (items and reel cover), from its own client only, by id. Reads without the signed-in
/// member's filter so background jobs can use it; the post's agency and client scope the query instead.
/// </summary>
internal static class PostAssets
{
    public static async Task<IReadOnlyDictionary<Guid, MediaAsset>> LoadAsync(ComposerDbContext db, Post post, CancellationToken cancellationToken)
    {
        var ids = post.Items.Select(i => i.MediaAssetId).ToList();
        if (post.CoverMediaAssetId is { } cover)
        {
            ids.Add(cover);
        }

        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaAsset>();
        }

        return await db.MediaAssets.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AgencyId == post.AgencyId && a.ClientId == post.ClientId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}
