using Cadence.BuildingBlocks.Paging;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Media.Library;

/// <summary>A client's library, newest first; the caller has checked the member may see the client.</summary>
internal sealed class ListMediaAssets(ComposerDbContext db, MediaUsage usage)
{
    public async Task<MediaLibraryPage> HandleAsync(MediaFilter filter, CancellationToken cancellationToken)
    {
        var all = db.MediaAssets.AsNoTracking().Where(a => a.ClientId == filter.ClientId);
        var query = all;
        if (!string.IsNullOrWhiteSpace(filter.Folder))
        {
            query = query.Where(a => a.Folder == filter.Folder.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            query = query.Where(a => EF.Functions.Like(a.Tags, MediaTags.Pattern(filter.Tag)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // LIKE ignores case for names on SQLite and SQL Server's default collation; tags are stored lower-case.
            var pattern = $"%{Escape(filter.Search.Trim().ToLowerInvariant())}%";
            query = query.Where(a => EF.Functions.Like(a.FileName, pattern, "\\") || EF.Functions.Like(a.Tags, pattern, "\\"));
        }

        var page = new PageRequest(filter.PageNumber, MediaFilter.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var assets = await query.OrderByDescending(a => a.CreatedAtUtc).ThenByDescending(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var counts = await usage.CountAsync(assets.Select(a => a.Id).ToList(), cancellationToken);
        var tiles = assets.Select(a => new MediaTile(a, counts.GetValueOrDefault(a.Id))).ToList();

        var folders = await all.Where(a => a.Folder != null).Select(a => a.Folder!).Distinct().OrderBy(f => f).ToListAsync(cancellationToken);
        var tags = (await all.Where(a => a.Tags != string.Empty).Select(a => a.Tags).Distinct().ToListAsync(cancellationToken))
            .SelectMany(MediaTags.Read).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MediaLibraryPage(new PagedList<MediaTile>(tiles, page, total), folders, tags);
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
