using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Processing;

namespace Cadence.Composer.Features.Media.Upload;

/// <summary>Checks a file's real format and size, and renders what Instagram and the library need from it.</summary>
internal static class MediaProcessor
{
    public static async Task<Result<ProcessedMedia>> ProcessAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return Error.Validation("File", "The file is empty.");
        }

        content.Position = 0;
        var header = new byte[Math.Min(MediaFormat.HeaderLength, content.Length)];
        await content.ReadExactlyAsync(header, cancellationToken);
        if (MediaFormat.Sniff(header) is not { } format)
        {
            return Error.Validation("File", $"Cadence takes {MediaLimits.Accepted}; this file is none of these.");
        }

        if (content.Length > format.MaxBytes)
        {
            return Error.Validation("File", format.SizeLimitMessage);
        }

        return format.Kind == MediaKind.Image ? await ImageAsync(content, format, cancellationToken) : Video(content, format);
    }

    private static async Task<Result<ProcessedMedia>> ImageAsync(Stream content, MediaFormat format, CancellationToken cancellationToken)
    {
        var bytes = new byte[content.Length];
        content.Position = 0;
        await content.ReadExactlyAsync(bytes, cancellationToken);
        var decoded = UprightImage.Decode(bytes, format);
        if (!decoded.Succeeded)
        {
            return Result.Failure<ProcessedMedia>(decoded.Errors);
        }

        using var upright = decoded.Value;
        var plan = RenderPlan.Whole(upright.Width, upright.Height);
        var publish = JpegRenderer.Render(upright, plan);
        return new ProcessedMedia(format, publish, JpegRenderer.Thumbnail(publish), plan.Width, plan.Height, null);
    }

    private static Result<ProcessedMedia> Video(Stream content, MediaFormat format)
    {
        var probed = VideoProbe.Read(content, format);
        if (!probed.Succeeded)
        {
            return Result.Failure<ProcessedMedia>(probed.Errors);
        }

        var facts = probed.Value;
        return new ProcessedMedia(format, null, VideoPoster.Render(facts.Width, facts.Height), facts.Width, facts.Height, facts);
    }
}
