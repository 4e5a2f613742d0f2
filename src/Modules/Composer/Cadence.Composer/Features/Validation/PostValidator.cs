using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Validation;

/// <summary>Loads the library files a post uses (its client's only, so it also works in background jobs) and applies <see cref="PostRules"/>.</summary>
internal sealed class PostValidator(ComposerDbContext db) : IPostValidator
{
    public async Task<IReadOnlyList<RuleViolation>> ValidateAsync(Post post, CancellationToken cancellationToken)
    {
        var ids = post.Items.Select(i => i.MediaAssetId).ToList();
        if (post.CoverMediaAssetId is { } cover)
        {
            ids.Add(cover);
        }

        var assets = ids.Count == 0
            ? []
            : await db.MediaAssets.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.AgencyId == post.AgencyId && a.ClientId == post.ClientId && ids.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, cancellationToken);
        return PostRules.Check(post, assets);
    }
}
