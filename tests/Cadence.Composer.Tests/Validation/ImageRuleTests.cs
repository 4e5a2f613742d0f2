using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class ImageRuleTests
{
    [Theory]
    [InlineData(1080, 1350, null)]
    [InlineData(800, 1000, null)]
    [InlineData(1000, 1251, null)] // 0.7994: a 4:5 crop rounded to whole pixels
    [InlineData(790, 1000, "too tall for the feed (790 × 1,000 px): crop to 4:5.")]
    [InlineData(1080, 1920, "crop to 4:5")]
    [InlineData(1080, 1080, null)]
    [InlineData(1910, 1000, null)]
    [InlineData(1920, 1000, "too wide for the feed (1,920 × 1,000 px): crop to 1.91:1.")]
    public void A_feed_image_has_an_aspect_ratio_from_4_5_to_1_91(int width, int height, string? expected) =>
        AssertOutcome(Post(PostFormat.FeedImage, Image(width, height)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(800, 1000, null)]
    [InlineData(790, 1000, "crop to 4:5")]
    [InlineData(1910, 1000, null)]
    [InlineData(1920, 1000, "crop to 1.91:1")]
    public void A_carousel_image_has_the_feed_aspect_ratios(int width, int height, string? expected) =>
        AssertOutcome(Post(PostFormat.Carousel, Image(), Image(width, height)).Check(), PostFields.Item(1), expected);

    [Theory]
    [InlineData(1080, 1920)]
    [InlineData(500, 5000)]
    [InlineData(1920, 1000)]
    public void A_story_image_takes_any_aspect_ratio(int width, int height) =>
        Assert.Empty(Post(PostFormat.Story, Image(width, height)).Check());

    [Theory]
    [InlineData(Format.FeedImage, 8 * MB, null)]
    [InlineData(Format.FeedImage, 8 * MB + 1, "Images must be 8 MB or less; this one is 8.001 MB. Resize or compress it.")]
    [InlineData(Format.Carousel, 8 * MB, null)]
    [InlineData(Format.Carousel, 8 * MB + 1, "Images must be 8 MB or less")]
    [InlineData(Format.Story, 8 * MB, null)]
    [InlineData(Format.Story, 8 * MB + 1, "Images must be 8 MB or less")]
    public void An_image_is_at_most_8_MB(Format format, long bytes, string? expected)
    {
        var image = Image(1080, 1350, bytes);
        var subject = format == Format.Carousel ? Post(format, image, Image()) : Post(format, image);

        AssertOutcome(subject.Check(), PostFields.Item(0), expected);
    }

    [Theory]
    [InlineData("image/jpeg", null)]
    [InlineData("image/png", "Instagram publishes JPEG images only; convert this one to JPEG")]
    [InlineData("image/webp", "JPEG images only")]
    public void An_image_is_published_as_a_jpeg(string contentType, string? expected) =>
        AssertOutcome(Post(PostFormat.FeedImage, Image(1080, 1350, MB, contentType)).Check(), PostFields.Item(0), expected);

    [Theory]
    [InlineData(150, null)]
    [InlineData(149, "This image is 149 px wide; Instagram refuses images under 150 px.")]
    [InlineData(320, null)]
    [InlineData(2000, null)]
    public void An_image_narrower_than_150_px_is_refused_and_other_widths_are_scaled_by_instagram(int width, string? expected) =>
        AssertOutcome(Post(PostFormat.FeedImage, Image(width, width)).Check(), PostFields.Item(0), expected);

    [Fact]
    public void A_9_16_image_is_refused_for_a_feed_image_post_with_what_to_do()
    {
        var violation = Assert.Single(Post(PostFormat.FeedImage, Image(1080, 1920)).Check());

        Assert.Equal(PostFields.Item(0), violation.Field);
        Assert.Equal("This image is too tall for the feed (1,080 × 1,920 px): crop to 4:5.", violation.Message);
    }
}
