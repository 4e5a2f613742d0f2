using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class FormatRuleTests
{
    [Theory]
    [InlineData(Format.FeedImage)]
    [InlineData(Format.Carousel)]
    [InlineData(Format.Reel)]
    [InlineData(Format.Story)]
    public void A_valid_post_of_each_format_has_no_violations(Format format) => Assert.Empty(Valid(format).Check());

    [Theory]
    [InlineData(Format.FeedImage)]
    [InlineData(Format.Reel)]
    public void A_post_needs_at_least_one_account(Format format)
    {
        var violations = Valid(format).Check(p => p.Accounts.Clear());

        AssertOutcome(violations, PostFields.Accounts, "Choose at least one Instagram account");
    }

    [Theory]
    [InlineData(0, "Add the image to post.")]
    [InlineData(1, null)]
    [InlineData(2, "A feed image post has one image; remove 1 or choose Carousel.")]
    public void A_feed_image_post_has_exactly_one_image(int count, string? expected) =>
        AssertOutcome(Post(PostFormat.FeedImage, Images(count)).Check(), PostFields.Items, expected);

    [Fact]
    public void A_single_video_in_the_feed_is_sent_to_reels()
    {
        var violations = Post(PostFormat.FeedImage, Video()).Check();

        AssertOutcome(violations, PostFields.Item(0), "Single videos are published as reels: choose Reel.");
    }

    [Theory]
    [InlineData(0, "add 2 more")]
    [InlineData(1, "A carousel needs 2 to 10 images or videos; add 1 more.")]
    [InlineData(2, null)]
    [InlineData(10, null)]
    [InlineData(11, "A carousel takes at most 10 images or videos; remove 1.")]
    public void A_carousel_has_2_to_10_items(int count, string? expected) =>
        AssertOutcome(Post(PostFormat.Carousel, Images(count)).Check(), PostFields.Items, expected);

    [Fact]
    public void A_carousel_mixes_images_and_videos() =>
        Assert.Empty(Post(PostFormat.Carousel, Video(), Image(), Video(1080, 1080)).Check());

    [Theory]
    [InlineData(0, "Add the reel's video.")]
    [InlineData(1, null)]
    [InlineData(2, "A reel has one video; remove 1 or choose Carousel.")]
    public void A_reel_has_exactly_one_video(int count, string? expected) =>
        AssertOutcome(Post(PostFormat.Reel, Enumerable.Range(0, count).Select(_ => Video()).ToArray()).Check(), PostFields.Items, expected);

    [Fact]
    public void A_reel_of_an_image_is_refused() =>
        AssertOutcome(Post(PostFormat.Reel, Image()).Check(), PostFields.Item(0), "Reels need a video");

    [Theory]
    [InlineData(0, "Add the story's image or video.")]
    [InlineData(1, null)]
    [InlineData(2, "A story has one image or video; remove 1")]
    public void A_story_has_exactly_one_image_or_video(int count, string? expected) =>
        AssertOutcome(Post(PostFormat.Story, Images(count, 1080, 1920)).Check(), PostFields.Items, expected);

    [Fact]
    public void A_story_of_a_video_is_fine() => Assert.Empty(Post(PostFormat.Story, Video()).Check());

    [Fact]
    public void A_file_no_longer_in_the_library_is_named_on_its_slide()
    {
        var subject = Post(PostFormat.Carousel, Image(), Image());
        subject.Assets.Remove(subject.Post.Items[1].MediaAssetId);

        AssertOutcome(subject.Check(), PostFields.Item(1), "no longer in the client's media library; choose another");
    }

    private static MediaAsset[] Images(int count, int width = 1080, int height = 1350) =>
        Enumerable.Range(0, count).Select(_ => Image(width, height)).ToArray();
}
