using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Library;
using Cadence.Composer.Features.Media.Storage;

namespace Cadence.Composer.Features.Media.Upload;

/// <summary>
/// Adds one file to a client's library: checks it, renders the publish JPEG and thumbnail, stores the files, then the
/// row. Either all of it lands or none: files written before a failed save are removed.
/// </summary>
internal sealed class AddMediaAsset(ComposerDbContext db, IMediaStorage storage, IClientDirectory clients, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<MediaAsset>> HandleAsync(MediaUpload upload, CancellationToken cancellationToken)
    {
        if (current.AgencyId is not { } agencyId || await clients.FindAsync(upload.ClientId, cancellationToken) is not { IsArchived: false })
        {
            return Error.NotFound("Client");
        }

        var processed = await MediaProcessor.ProcessAsync(upload.Content, cancellationToken);
        if (!processed.Succeeded)
        {
            return Result.Failure<MediaAsset>(processed.Errors);
        }

        var asset = NewAsset(agencyId, upload, processed.Value);
        var written = new List<string>();
        try
        {
            upload.Content.Position = 0;
            await SaveAsync(asset.OriginalKey, upload.Content, written, cancellationToken);
            if (processed.Value.PublishJpeg is { } publish)
            {
                await SaveAsync(asset.PublishKey, new MemoryStream(publish), written, cancellationToken);
            }

            await SaveAsync(asset.ThumbnailKey!, new MemoryStream(processed.Value.Thumbnail), written, cancellationToken);
            db.MediaAssets.Add(asset);
            await db.SaveChangesAsync(cancellationToken);
            return asset;
        }
        catch
        {
            db.ChangeTracker.Clear();
            foreach (var key in written)
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }
    }

    private async Task SaveAsync(string key, Stream content, List<string> written, CancellationToken cancellationToken)
    {
        written.Add(key);
        await storage.SaveAsync(key, content, cancellationToken);
    }

    private MediaAsset NewAsset(Guid agencyId, MediaUpload upload, ProcessedMedia media)
    {
        var id = Guid.CreateVersion7();
        var original = MediaKeys.Original(agencyId, upload.ClientId, id, media.Format.Extension);
        var isImage = media.Format.Kind == MediaKind.Image;
        return new MediaAsset
        {
            Id = id,
            AgencyId = agencyId,
            ClientId = upload.ClientId,
            FileName = CleanName(upload.FileName, media.Format),
            Kind = media.Format.Kind,
            SourceFormat = media.Format.Name,
            OriginalKey = original,
            OriginalSizeBytes = upload.Content.Length,
            PublishKey = isImage ? MediaKeys.Publish(agencyId, upload.ClientId, id, "jpg") : original,
            PublishContentType = isImage ? "image/jpeg" : media.Format.ContentType,
            PublishSizeBytes = media.PublishJpeg?.LongLength ?? upload.Content.Length,
            ThumbnailKey = MediaKeys.Thumbnail(agencyId, upload.ClientId, id),
            Width = media.Width,
            Height = media.Height,
            DurationMs = media.Video?.DurationMs,
            FrameRate = media.Video?.FrameRate,
            VideoCodec = media.Video?.VideoCodec,
            AudioCodec = media.Video?.AudioCodec,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = current.UserId,
        };
    }

    private static string CleanName(string? fileName, Processing.MediaFormat format)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0)
        {
            name = $"upload.{format.Extension}";
        }

        return name.Length <= 255 ? name : name[^255..];
    }
}
