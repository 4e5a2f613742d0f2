using System.Globalization;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Urls;
using Cadence.Composer.Features.Validation;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Posts;

/// <summary>Draws the editor for a post as it stands (saved, or with the form applied but not saved).</summary>
internal sealed class LoadEditor(ComposerDbContext db, PostPreviewBuilder previews, IPostValidator validator, IMediaUrls urls, IInstagramAccountDirectory accountDirectory)
{
    private const int LibrarySize = 60;

    public async Task<EditorView> HandleAsync(PostInContext context, IReadOnlyDictionary<string, List<string>>? inputProblems, CancellationToken cancellationToken)
    {
        var (post, client) = context;
        var library = await db.MediaAssets.AsNoTracking().Where(a => a.ClientId == post.ClientId)
            .OrderByDescending(a => a.CreatedAtUtc).Take(LibrarySize).ToListAsync(cancellationToken);
        var itemAssetIds = post.Items.Select(i => i.MediaAssetId).ToList();
        var assets = await db.MediaAssets.AsNoTracking().Where(a => itemAssetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var slides = post.OrderedItems
            .Where(i => assets.ContainsKey(i.MediaAssetId))
            .Select((item, index) => Slide(index, item, assets[item.MediaAssetId]))
            .ToList();

        return new EditorView(
            post,
            client,
            await previews.BuildAsync(post, client.Name, null, cancellationToken),
            slides,
            await validator.ValidateAsync(post, cancellationToken),
            inputProblems ?? new Dictionary<string, List<string>>(),
            library.Where(a => PostFormatRules.Offers(post.Format, a.Kind)).Select(Choice).ToList(),
            library.Where(a => a.Kind == MediaKind.Image).Select(Choice).ToList(),
            await accountDirectory.ListForClientAsync(post.ClientId, cancellationToken),
            await db.HashtagGroups.AsNoTracking().Where(g => g.ClientId == post.ClientId).OrderBy(g => g.Name).ToListAsync(cancellationToken),
            await db.CaptionTemplates.AsNoTracking().Where(t => t.ClientId == post.ClientId).OrderBy(t => t.Name).ToListAsync(cancellationToken));
    }

    private EditorSlide Slide(int index, PostItem item, MediaAsset asset) =>
        new(index, item, asset, urls.ForDisplay(asset, MediaVariant.Publish), asset.ThumbnailKey is null ? null : urls.ForDisplay(asset));

    private LibraryChoice Choice(MediaAsset asset) =>
        new(asset.Id, asset.FileName, asset.Kind, asset.ThumbnailKey is null ? null : urls.ForDisplay(asset), Facts(asset));

    private static string Facts(MediaAsset asset) => asset.Kind == MediaKind.Video && asset.DurationMs is { } ms
        ? string.Create(CultureInfo.InvariantCulture, $"video, {asset.Width}×{asset.Height}, {ms / 1000.0:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"image, {asset.Width}×{asset.Height}");
}
