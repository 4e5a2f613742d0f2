using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class SlideRuleTests
{
    private static readonly string AltText = PostFields.Item(0, "AltText");
    private static readonly string UserTags = PostFields.Item(0, "UserTags");

    [Theory]
    [InlineData(1000, null)]
    [InlineData(1001, "The alt text is 1,001 characters; Instagram allows 1,000. Shorten it by 1.")]
    public void Alt_text_has_at_most_1000_characters(int length, string? expected)
    {
        AssertOutcome(Valid(PostFormat.FeedImage).Check(p => p.Items[0].AltText = new string('a', length)), AltText, expected);
        AssertOutcome(Valid(PostFormat.Carousel).Check(p => p.Items[0].AltText = new string('a', length)), AltText, expected);
    }

    [Fact]
    public void Alt_text_goes_on_images_only()
    {
        AssertOutcome(Valid(PostFormat.Reel).Check(p => p.Items[0].AltText = "A dog"), AltText, "Alt text applies to images only; remove it from this video.");
        AssertOutcome(Valid(PostFormat.Carousel).Check(p => p.Items[1].AltText = "A dog"), PostFields.Item(1, "AltText"), "Alt text applies to images only");
        AssertOutcome(Valid(PostFormat.Story).Check(p => p.Items[0].AltText = "A dog"), AltText, "Stories don't take alt text; remove it.");
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(21, "Instagram allows 20 people tagged per image; remove 1.")]
    public void An_image_has_at_most_20_people_tagged(int count, string? expected)
    {
        var tags = Enumerable.Range(1, count).Select(i => new UserTag($"person{i}", 0.5, 0.5)).ToList();

        AssertOutcome(Valid(PostFormat.FeedImage).Check(p => p.Items[0].UserTags = tags), UserTags, expected);
    }

    [Theory]
    [InlineData(0.0, 0.0, null)]
    [InlineData(1.0, 1.0, null)]
    [InlineData(1.01, 0.5, "Place anna's tag on the image again: x and y must be between 0 and 1.")]
    [InlineData(0.5, -0.01, "x and y must be between 0 and 1")]
    [InlineData(double.NaN, 0.5, "x and y must be between 0 and 1")]
    public void A_tag_sits_on_the_image(double x, double y, string? expected) =>
        AssertOutcome(Valid(PostFormat.FeedImage).Check(p => p.Items[0].UserTags = [new UserTag("anna", x, y)]), UserTags, expected);

    [Theory]
    [InlineData("a", null)]
    [InlineData("anna.b_99", null)]
    [InlineData("abcdefghijklmnopqrstuvwxyz1234", null)]
    [InlineData("abcdefghijklmnopqrstuvwxyz12345", "is not an Instagram username: use 1–30 letters, digits, periods or underscores, without the @.")]
    [InlineData("@anna", "\"@anna\" is not an Instagram username")]
    [InlineData("an na", "is not an Instagram username")]
    [InlineData("", "is not an Instagram username")]
    [InlineData("anna-b", "is not an Instagram username")]
    public void A_tagged_username_follows_instagrams_username_rules(string username, string? expected) =>
        AssertOutcome(Valid(PostFormat.FeedImage).Check(p => p.Items[0].UserTags = [new UserTag(username, 0.5, 0.5)]), UserTags, expected);

    [Theory]
    [InlineData(Format.FeedImage, 0, null)]
    [InlineData(Format.Carousel, 0, null)]
    [InlineData(Format.Carousel, 1, "People can be tagged on images only; remove the tags from this video.")]
    [InlineData(Format.Reel, 0, "People can be tagged on images only")]
    [InlineData(Format.Story, 0, null)]
    public void People_are_tagged_on_images_only(Format format, int slide, string? expected) =>
        AssertOutcome(Valid(format).Check(p => p.Items[slide].UserTags = [new UserTag("anna", 0.5, 0.5)]), PostFields.Item(slide, "UserTags"), expected);

    [Fact]
    public void People_are_not_tagged_on_a_story_video() =>
        AssertOutcome(Post(PostFormat.Story, Video()).Check(p => p.Items[0].UserTags = [new UserTag("anna", 0.5, 0.5)]), UserTags, "tagged on images only");
}
