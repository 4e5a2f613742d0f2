using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Library;
using Cadence.Composer.Features.Media.Processing;
using Cadence.Composer.Features.Media.Storage;
using Cadence.Composer.Features.Posts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Features.Media.Crop;

/// <summary>A crop to one of Instagram's shapes around a focal point, or none (the original shape).</summary>
internal sealed record CropRequest(Guid AssetId, CropAspect? Aspect, double FocusX, double FocusY);

/// <summary>
/// Re-renders an image's publish JPEG and thumbnail from its untouched original. The row changes in a transaction that
/// commits only once both files are written.
/// </summary>
internal sealed class CropMediaAsset(
    ComposerDbContext db, IMediaStorage storage, ICurrentAgency current, PostAccess access, CurrentActor actor, TimeProvider clock)
{
    public async Task<Result<MediaAsset>> HandleAsync(CropRequest request, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(current, request.AssetId, cancellationToken) is not { } asset)
        {
            return Error.NotFound("Media file");
        }

        if (asset.Kind != MediaKind.Image)
        {
            return Error.Validation("Aspect", "Only images can be cropped here; trim and crop videos before uploading.");
        }

        if (double.IsNaN(request.FocusX) || double.IsNaN(request.FocusY))
        {
            return Error.Validation("Focus", "Click on the image to choose what the crop keeps in view.");
        }

        var rendered = await RenderAsync(asset, request, cancellationToken);
        if (!rendered.Succeeded)
        {
            return Result.Failure<MediaAsset>(rendered.Errors);
        }

        var (publish, plan) = rendered.Value;
        var thumbnail = JpegRenderer.Thumbnail(publish);
        asset.Crop = request.Aspect;
        asset.FocusX = Math.Clamp(request.FocusX, 0, 1);
        asset.FocusY = Math.Clamp(request.FocusY, 0, 1);
        asset.Width = plan.Width;
        asset.Height = plan.Height;
        asset.PublishSizeBytes = publish.LongLength;
        asset.ThumbnailKey ??= MediaKeys.Thumbnail(asset.AgencyId, asset.ClientId, asset.Id);

        await MarkPostsChangedAsync(asset, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("A post using this image was changed at the same moment; crop again.");
        }

        await storage.SaveAsync(asset.PublishKey, new MemoryStream(publish), cancellationToken);
        await storage.SaveAsync(asset.ThumbnailKey, new MemoryStream(thumbnail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return asset;
    }

    // A new crop changes what every post using the image would publish: each gets a new version, and approved ones go back to review.
    private async Task MarkPostsChangedAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        var posts = await db.Posts
            .Where(p => p.CoverMediaAssetId == asset.Id || p.Items.Any(i => i.MediaAssetId == asset.Id))
            .ToListAsync(cancellationToken);
        var who = posts.Count > 0 ? await actor.GetAsync(cancellationToken) : null;
        foreach (var post in posts)
        {
            post.ContentChanged(await access.PolicyAsync(post.ClientId, cancellationToken), who!, clock.GetUtcNow().UtcDateTime, $"new crop of {asset.FileName}");
        }
    }

    private async Task<Result<(byte[] Publish, RenderPlan Plan)>> RenderAsync(MediaAsset asset, CropRequest request, CancellationToken cancellationToken)
    {
        await using var stream = await storage.OpenReadAsync(asset.OriginalKey, cancellationToken);
        if (stream is null)
        {
            return Error.Conflict("The original file is missing from storage; upload the image again.");
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var format = MediaFormat.Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, MediaFormat.HeaderLength))) ?? MediaFormat.Jpeg;
        var decoded = UprightImage.Decode(buffer.ToArray(), format);
        if (!decoded.Succeeded)
        {
            return Result.Failure<(byte[], RenderPlan)>(decoded.Errors);
        }

        using var upright = decoded.Value;
        var plan = request.Aspect is { } aspect
            ? RenderPlan.Crop(upright.Width, upright.Height, aspect, request.FocusX, request.FocusY)
            : RenderPlan.Whole(upright.Width, upright.Height);
        return (JpegRenderer.Render(upright, plan), plan);
    }
}
