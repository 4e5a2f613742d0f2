namespace Cadence.Composer.Features.Validation;

/// <summary>Instagram's publishing limits (reference §2.1–2.2). Megabytes are binary, as Instagram's fetcher counts them.</summary>
internal static class InstagramLimits
{
    public const long Megabyte = 1024 * 1024;

    public const int MaxCaptionCharacters = 2200;
    public const int MaxHashtags = 30;
    public const int MaxMentions = 20;
    public const int MaxFirstCommentCharacters = 2200;
    public const int MaxAltTextCharacters = 1000;
    public const int MaxCollaborators = 3;
    public const int MaxUserTagsPerImage = 20;
    public const int MinCarouselItems = 2;
    public const int MaxCarouselItems = 10;

    public const long MaxImageBytes = 8 * Megabyte;
    public const double MinFeedAspect = 0.8;
    public const double MaxFeedAspect = 1.91;

    /// <summary>Instagram scales widths of 320–1440 px itself, but refuses images far narrower than that.</summary>
    public const int MinImageWidth = 150;

    /// <summary>Cropping to 4:5 or 1.91:1 rounds to whole pixels; Instagram (and the sandbox) accept that much off.</summary>
    public const double AspectTolerance = 0.001;

    public const long MinVideoMs = 3_000;
    public const long MaxReelMs = 15 * 60_000;
    public const long MaxStoryVideoMs = 60_000;
    public const long MaxReelBytes = 300 * Megabyte;
    public const long MaxStoryVideoBytes = 100 * Megabyte;
    public const double MinReelAspect = 0.01;
    public const double MinStoryVideoAspect = 0.1;
    public const double MaxVideoAspect = 10;
    public const double MinFrameRate = 23;
    public const double MaxFrameRate = 60;
    public const int MaxVideoWidth = 1920;

    public const string Jpeg = "image/jpeg";
    public static readonly string[] VideoContentTypes = ["video/mp4", "video/quicktime"];
}
