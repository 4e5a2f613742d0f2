using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class VideoRuleTests
{
    private const long FifteenMinutes = 15 * 60_000;

    [Theory]
    [InlineData(3_000, null)]
    [InlineData(2_999, "Reels need a video of 3 s to 15 min; this one is 2.999 s.")]
    [InlineData(2_500, "Reels need a video of 3 s to 15 min; this one is 2.5 s.")]
    [InlineData(FifteenMinutes, null)]
    [InlineData(FifteenMinutes + 1, "Reels need a video of 3 s to 15 min; this one is 15 min 0.001 s.")]
    public void A_reel_lasts_3_s_to_15_min(long durationMs, string? expected) =>
        AssertOutcome(Post(PostFormat.Reel, Video(durationMs: durationMs)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(3_000, null)]
    [InlineData(2_999, "Stories need a video of 3 s to 60 s; this one is 2.999 s.")]
    [InlineData(60_000, null)]
    [InlineData(60_001, "Stories need a video of 3 s to 60 s; this one is 1 min 0.001 s.")]
    public void A_story_video_lasts_3_to_60_s(long durationMs, string? expected) =>
        AssertOutcome(Post(PostFormat.Story, Video(durationMs: durationMs)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(3_000, null)]
    [InlineData(2_999, "Carousel slides need a video of 3 s to 15 min")]
    [InlineData(FifteenMinutes, null)]
    [InlineData(FifteenMinutes + 1, "Carousel slides need a video of 3 s to 15 min")]
    public void A_carousel_video_is_held_to_reel_durations(long durationMs, string? expected) =>
        AssertOutcome(Post(PostFormat.Carousel, Image(), Video(durationMs: durationMs)).Check(), PostFields.Item(1), expected);

    [Theory]
    [InlineData(Format.Reel, 300 * MB, null)]
    [InlineData(Format.Reel, 300 * MB + 1, "Reels need a video of 300 MB or less; this one is 300.001 MB. Compress or trim it.")]
    [InlineData(Format.Carousel, 300 * MB, null)]
    [InlineData(Format.Carousel, 300 * MB + 1, "300 MB or less")]
    [InlineData(Format.Story, 100 * MB, null)]
    [InlineData(Format.Story, 100 * MB + 1, "Stories need a video of 100 MB or less")]
    public void A_video_is_at_most_300_MB_or_100_MB_for_a_story(Format format, long bytes, string? expected) =>
        AssertOutcome(Single(format, Video(bytes: bytes)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(Format.Reel, 23.0, null)]
    [InlineData(Format.Reel, 22.9, "Reels need 23 to 60 frames per second; this video has 22.9.")]
    [InlineData(Format.Reel, 60.0, null)]
    [InlineData(Format.Reel, 61.0, "Reels need 23 to 60 frames per second; this video has 61.")]
    [InlineData(Format.Carousel, 61.0, "Carousel slides need 23 to 60 frames per second")]
    [InlineData(Format.Story, 61.0, null)]
    public void A_reel_or_carousel_video_has_23_to_60_frames_per_second(Format format, double fps, string? expected) =>
        AssertOutcome(Single(format, Video(fps: fps)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(Format.Reel, 1920, 1080, null)]
    [InlineData(Format.Reel, 1921, 1080, "Videos can be at most 1,920 px wide; this one is 1,921 px.")]
    [InlineData(Format.Story, 1921, 1080, "at most 1,920 px wide")]
    [InlineData(Format.Carousel, 1921, 1080, "at most 1,920 px wide")]
    public void A_video_is_at_most_1920_px_wide(Format format, int width, int height, string? expected) =>
        AssertOutcome(Single(format, Video(width, height)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(Format.Reel, 10, 1000, null)]
    [InlineData(Format.Reel, 9, 1000, "Reels need an aspect ratio from 0.01:1 to 10:1; this video is 9 × 1,000 px. Crop it to 9:16.")]
    [InlineData(Format.Reel, 1900, 190, null)]
    [InlineData(Format.Reel, 1900, 189, "aspect ratio from 0.01:1 to 10:1")]
    [InlineData(Format.Story, 100, 1000, null)]
    [InlineData(Format.Story, 99, 1000, "Stories need an aspect ratio from 0.1:1 to 10:1")]
    [InlineData(Format.Story, 1900, 190, null)]
    [InlineData(Format.Story, 1900, 189, "aspect ratio from 0.1:1 to 10:1")]
    public void A_video_has_an_aspect_ratio_within_instagrams_range(Format format, int width, int height, string? expected) =>
        AssertOutcome(Single(format, Video(width, height)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData("video/mp4", null)]
    [InlineData("video/quicktime", null)]
    [InlineData("video/webm", "Instagram publishes MP4 or MOV videos only")]
    public void A_video_is_an_mp4_or_mov(string contentType, string? expected) =>
        AssertOutcome(Post(PostFormat.Reel, Video(contentType: contentType)).Check(), PostFields.Item(0), expected);

    private static (Post Post, Dictionary<Guid, MediaAsset> Assets) Single(Format format, MediaAsset video) =>
        format == Format.Carousel ? Post(format, video, Image()) : Post(format, video);
}
