using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Cadence.Composer.Features.Media.Urls;

/// <summary>
/// Answers a signed media URL with the file, for Instagram and for browsers. Anything else under the path, a wrong or
/// expired signature included, is a plain 404 that says nothing about what exists.
/// </summary>
internal static class ServeMediaFile
{
    public static async Task<Results<FileStreamHttpResult, NotFound>> HandleAsync(
        Guid assetId, string fileName, string? expires, string? signature,
        MediaUrlSignature signatures, ComposerDbContext db, IMediaStorage storage, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (VariantOf(fileName) is not { } variant || !long.TryParse(expires, out var expiresAt) || signature is null
            || expiresAt <= clock.GetUtcNow().ToUnixTimeSeconds() || !signatures.IsValid(assetId, variant, expiresAt, signature))
        {
            return TypedResults.NotFound();
        }

        var asset = await db.MediaAssets.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null || SignedMediaUrls.FileName(asset, variant) != fileName || KeyOf(asset, variant) is not { } key
            || await storage.OpenReadAsync(key, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }

        var lifetime = Math.Max(0, expiresAt - clock.GetUtcNow().ToUnixTimeSeconds());
        http.Response.Headers.CacheControl = $"private, max-age={lifetime}";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.Stream(file, ContentTypeOf(asset, variant), enableRangeProcessing: true);
    }

    private static MediaVariant? VariantOf(string fileName) => fileName.Split('.')[0] switch
    {
        "publish" => MediaVariant.Publish,
        "thumbnail" => MediaVariant.Thumbnail,
        "original" => MediaVariant.Original,
        _ => null,
    };

    private static string? KeyOf(MediaAsset asset, MediaVariant variant) => variant switch
    {
        MediaVariant.Publish => asset.PublishKey,
        MediaVariant.Thumbnail => asset.ThumbnailKey,
        _ => asset.OriginalKey,
    };

    private static string ContentTypeOf(MediaAsset asset, MediaVariant variant) => variant switch
    {
        MediaVariant.Publish => asset.PublishContentType,
        MediaVariant.Thumbnail => "image/jpeg",
        _ => asset.SourceFormat switch
        {
            "jpeg" or "jpg" => "image/jpeg",
            "png" => "image/png",
            "webp" => "image/webp",
            "heic" => "image/heic",
            "mp4" => "video/mp4",
            "mov" => "video/quicktime",
            _ => "application/octet-stream",
        },
    };
}
