using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>
/// A file in a client's media library. The original is kept as uploaded; images are published from a JPEG rendition
/// (converted, cropped and resized for Instagram), videos from the original file.
/// </summary>
internal sealed class MediaAsset : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public required string FileName { get; set; }

    public MediaKind Kind { get; init; }

    /// <summary>The uploaded file's format as read from its bytes: jpeg, png, webp, heic, mp4, mov.</summary>
    public required string SourceFormat { get; init; }

    public required string OriginalKey { get; init; }

    public long OriginalSizeBytes { get; init; }

    /// <summary>The file Instagram fetches: a JPEG for images, the original for videos.</summary>
    public required string PublishKey { get; set; }

    public required string PublishContentType { get; set; }

    public long PublishSizeBytes { get; set; }

    public string? ThumbnailKey { get; set; }

    /// <summary>Width and height of the published file, in pixels.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public long? DurationMs { get; init; }

    public double? FrameRate { get; init; }

    public string? VideoCodec { get; init; }

    public string? AudioCodec { get; init; }

    public CropAspect? Crop { get; set; }

    /// <summary>The point the crop keeps in view, 0–1 from the top-left; the centre by default.</summary>
    public double FocusX { get; set; } = 0.5;

    public double FocusY { get; set; } = 0.5;

    public string? Folder { get; set; }

    /// <summary>Lower-case tags, each wrapped in commas (",summer,launch,") so one tag is found with a plain LIKE.</summary>
    public string Tags { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; init; }

    public Guid? CreatedByUserId { get; init; }

    public double AspectRatio => Height == 0 ? 0 : (double)Width / Height;
}
