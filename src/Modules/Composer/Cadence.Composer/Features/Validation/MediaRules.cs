using Cadence.Composer.Domain;
using static Cadence.Composer.Features.Validation.InstagramLimits;

namespace Cadence.Composer.Features.Validation;

/// <summary>The media specifications of reference §2.2: what Instagram refuses to fetch or publish, per place of use.</summary>
internal static class MediaRules
{
    public static void Image(MediaAsset asset, MediaUse use, string field, List<RuleViolation> violations)
    {
        if (asset.PublishContentType != Jpeg)
        {
            violations.Add(new(field, "Instagram publishes JPEG images only; convert this one to JPEG in the media library."));
        }

        if (asset.PublishSizeBytes > MaxImageBytes)
        {
            violations.Add(new(field, $"Images must be 8 MB or less; this one is {RuleText.Size(asset.PublishSizeBytes)}. Resize or compress it."));
        }

        if (asset.Width is > 0 and < MinImageWidth)
        {
            violations.Add(new(field, $"This image is {RuleText.Number(asset.Width)} px wide; Instagram refuses images under {MinImageWidth} px. Use one at least 1,080 px wide."));
        }

        if (use is MediaUse.FeedImage or MediaUse.CarouselItem && asset.Width > 0 && asset.Height > 0)
        {
            var pixels = RuleText.Pixels(asset.Width, asset.Height);
            if (asset.AspectRatio < MinFeedAspect - AspectTolerance)
            {
                violations.Add(new(field, $"This image is too tall for the feed ({pixels}): crop to 4:5."));
            }
            else if (asset.AspectRatio > MaxFeedAspect + AspectTolerance)
            {
                violations.Add(new(field, $"This image is too wide for the feed ({pixels}): crop to 1.91:1."));
            }
        }
    }

    public static void Video(MediaAsset asset, MediaUse use, string field, List<RuleViolation> violations)
    {
        var story = use == MediaUse.Story;
        var what = use switch
        {
            MediaUse.Reel => "Reels need",
            MediaUse.Story => "Stories need",
            _ => "Carousel slides need",
        };

        if (!VideoContentTypes.Contains(asset.PublishContentType))
        {
            violations.Add(new(field, "Instagram publishes MP4 or MOV videos only; convert this one and upload it again."));
        }

        var maxMs = story ? MaxStoryVideoMs : MaxReelMs;
        if (asset.DurationMs is { } duration && (duration < MinVideoMs || duration > maxMs))
        {
            violations.Add(new(field, $"{what} a video of 3 s to {RuleText.Duration(maxMs)}; this one is {RuleText.Duration(duration)}."));
        }

        var maxBytes = story ? MaxStoryVideoBytes : MaxReelBytes;
        if (asset.PublishSizeBytes > maxBytes)
        {
            violations.Add(new(field, $"{what} a video of {RuleText.Size(maxBytes)} or less; this one is {RuleText.Size(asset.PublishSizeBytes)}. Compress or trim it."));
        }

        var minAspect = story ? MinStoryVideoAspect : MinReelAspect;
        if (asset.Width > 0 && asset.Height > 0 && (asset.AspectRatio < minAspect || asset.AspectRatio > MaxVideoAspect))
        {
            violations.Add(new(field, $"{what} an aspect ratio from {RuleText.Number(minAspect)}:1 to 10:1; this video is {RuleText.Pixels(asset.Width, asset.Height)}. Crop it to 9:16."));
        }

        if (asset.Width > MaxVideoWidth)
        {
            violations.Add(new(field, $"Videos can be at most 1,920 px wide; this one is {RuleText.Number(asset.Width)} px. Export it at 1080 × 1920."));
        }

        // The frame-rate range is stated for reels; carousel videos are held to reel limits too (unconfirmed in Meta's
        // docs, reference §2.2), stories only to their codecs.
        if (!story && asset.FrameRate is { } fps && (fps < MinFrameRate || fps > MaxFrameRate))
        {
            violations.Add(new(field, $"{what} 23 to 60 frames per second; this video has {RuleText.Number(fps)}. Export it at 30 fps."));
        }
    }
}
