using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media;
using Cadence.Composer.Features.Media.Storage;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Cadence.Composer.Tests;

/// <summary>Puts library files and posts straight into the Composer's storage and tables, for tests of what uses them.</summary>
internal static class ComposerTestKit
{
    public static byte[] Jpeg(int width, int height, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color ?? SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    public static Task<MediaAsset> AddImageAsync(this CadenceAppFactory app, Guid agencyId, Guid clientId, int width = 1080, int height = 1350, string fileName = "photo.jpg") =>
        app.AddAssetAsync(agencyId, clientId, MediaKind.Image, "jpeg", "image/jpeg", Jpeg(width, height), width, height, null, fileName);

    /// <summary>A video row with the facts a probe would have read; its file is a few placeholder bytes.</summary>
    public static Task<MediaAsset> AddVideoAsync(this CadenceAppFactory app, Guid agencyId, Guid clientId, int width = 1080, int height = 1920, long durationMs = 30_000, string fileName = "clip.mp4") =>
        app.AddAssetAsync(agencyId, clientId, MediaKind.Video, "mp4", "video/mp4", "not really a video"u8.ToArray(), width, height, durationMs, fileName);

    private static async Task<MediaAsset> AddAssetAsync(
        this CadenceAppFactory app, Guid agencyId, Guid clientId, MediaKind kind, string format, string contentType, byte[] bytes, int width, int height, long? durationMs, string fileName)
    {
        var assetId = Guid.CreateVersion7();
        var extension = format == "jpeg" ? "jpg" : format;
        var asset = new MediaAsset
        {
            Id = assetId,
            AgencyId = agencyId,
            ClientId = clientId,
            FileName = fileName,
            Kind = kind,
            SourceFormat = format,
            OriginalKey = MediaKeys.Original(agencyId, clientId, assetId, extension),
            OriginalSizeBytes = bytes.Length,
            PublishKey = MediaKeys.Publish(agencyId, clientId, assetId, extension),
            PublishContentType = contentType,
            PublishSizeBytes = bytes.Length,
            ThumbnailKey = kind == MediaKind.Image ? MediaKeys.Thumbnail(agencyId, clientId, assetId) : null,
            Width = width,
            Height = height,
            DurationMs = durationMs,
            FrameRate = kind == MediaKind.Video ? 30 : null,
            VideoCodec = kind == MediaKind.Video ? "h264" : null,
            CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };

        await app.WithScopeAsync(async services =>
        {
            var storage = services.GetRequiredService<IMediaStorage>();
            await storage.SaveAsync(asset.OriginalKey, new MemoryStream(bytes), CancellationToken.None);
            await storage.SaveAsync(asset.PublishKey, new MemoryStream(bytes), CancellationToken.None);
            if (asset.ThumbnailKey is { } thumbnail)
            {
                await storage.SaveAsync(thumbnail, new MemoryStream(Jpeg(64, 80)), CancellationToken.None);
            }

            var db = services.GetRequiredService<ComposerDbContext>();
            db.MediaAssets.Add(asset);
            await db.SaveChangesAsync();
        });
        return asset;
    }
}
