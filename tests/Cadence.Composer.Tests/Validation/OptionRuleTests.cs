using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class OptionRuleTests
{
    [Theory]
    [InlineData(2200, "a", null)]
    [InlineData(2201, "a", "The first comment is 2,201 characters; Instagram allows 2,200. Shorten it by 1.")]
    [InlineData(1100, "😀", null)]
    [InlineData(1101, "😀", "The first comment is 2,202 characters")]
    public void A_first_comment_has_at_most_2200_characters(int times, string unit, string? expected) =>
        AssertOutcome(Valid(PostFormat.Reel).Check(p => p.FirstComment = string.Concat(Enumerable.Repeat(unit, times))), PostFields.FirstComment, expected);

    [Fact]
    public void A_story_has_no_first_comment() =>
        AssertOutcome(Valid(PostFormat.Story).Check(p => p.FirstComment = "First!"), PostFields.FirstComment, "Stories can't be commented on; remove the first comment.");

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, "Invite at most 3 collaborators; remove 1.")]
    public void A_post_has_at_most_3_collaborators(int count, string? expected)
    {
        foreach (var format in new[] { PostFormat.FeedImage, PostFormat.Carousel, PostFormat.Reel })
        {
            AssertOutcome(Valid(format).Check(p => p.Collaborators = Enumerable.Range(1, count).Select(i => $"friend{i}").ToList()), PostFields.Collaborators, expected);
        }
    }

    [Theory]
    [InlineData("friend.one", null)]
    [InlineData("@friend", "\"@friend\" is not an Instagram username")]
    [InlineData("this_name_is_far_too_long_for_ig", "is not an Instagram username")]
    public void A_collaborator_is_an_instagram_username(string username, string? expected) =>
        AssertOutcome(Valid(PostFormat.FeedImage).Check(p => p.Collaborators = [username]), PostFields.Collaborators, expected);

    [Fact]
    public void A_story_has_no_collaborators() =>
        AssertOutcome(Valid(PostFormat.Story).Check(p => p.Collaborators = ["friend"]), PostFields.Collaborators, "Stories can't have collaborators; remove them or post to the feed.");

    [Theory]
    [InlineData(Format.FeedImage, "110123456789", null)]
    [InlineData(Format.Carousel, "110123456789", null)]
    [InlineData(Format.Reel, "110123456789", null)]
    [InlineData(Format.Story, "110123456789", "Stories can't carry a location through Instagram's API; remove it.")]
    [InlineData(Format.FeedImage, "Paris", "Choose the location from the search results")]
    public void A_location_goes_on_feed_posts_and_reels_by_its_id(Format format, string locationId, string? expected) =>
        AssertOutcome(Valid(format).Check(p => p.LocationId = locationId), PostFields.LocationId, expected);

    [Theory]
    [InlineData(Format.FeedImage)]
    [InlineData(Format.Carousel)]
    [InlineData(Format.Story)]
    public void Reel_options_on_another_format_are_refused(Format format)
    {
        var cover = Image(1080, 1920);
        var subject = Valid(format);
        subject.Assets.Add(cover.Id, cover);

        var violations = subject.Check(p =>
        {
            p.CoverMediaAssetId = cover.Id;
            p.ThumbOffsetMs = 1000;
            p.AudioName = "Original sound";
            p.Trial = TrialStrategy.Manual;
        });

        AssertOutcome(violations, PostFields.Cover, "Cover images apply to reels only; remove it.");
        AssertOutcome(violations, PostFields.ThumbOffset, "A thumbnail moment applies to reels only; remove it.");
        AssertOutcome(violations, PostFields.AudioName, "Audio names apply to reels only; remove it.");
        AssertOutcome(violations, PostFields.Trial, "Trial reels are reels only: choose Reel or turn the trial off.");
    }

    [Theory]
    [InlineData(true, "Manual")]
    [InlineData(false, "Performance")]
    [InlineData(false, null)]
    public void A_reel_takes_every_reel_option_and_a_trial_with_share_to_feed_either_way(bool shareToFeed, string? trial)
    {
        var cover = Image(1080, 1920);
        var subject = Valid(PostFormat.Reel);
        subject.Assets.Add(cover.Id, cover);

        Assert.Empty(subject.Check(p =>
        {
            p.CoverMediaAssetId = cover.Id;
            p.ThumbOffsetMs = 1000;
            p.ShareToFeed = shareToFeed;
            p.AudioName = "Original sound";
            p.Trial = trial is null ? null : Enum.Parse<TrialStrategy>(trial);
            p.LocationId = "110123456789";
            p.Collaborators = ["friend"];
            p.FirstComment = "More on our site";
        }));
    }

    [Fact]
    public void Share_to_feed_off_is_not_sent_for_other_formats_so_it_is_no_violation() =>
        Assert.Empty(Valid(PostFormat.FeedImage).Check(p => p.ShareToFeed = false));

    [Theory]
    [InlineData("jpeg of 8 MB", null)]
    [InlineData("jpeg of 8 MB and a byte", "Images must be 8 MB or less")]
    [InlineData("png", "JPEG images only")]
    [InlineData("video", "The cover must be an image")]
    [InlineData("deleted", "The cover image is no longer in the client's media library")]
    public void A_reel_cover_is_a_jpeg_of_at_most_8_MB(string coverFile, string? expected)
    {
        var cover = coverFile switch
        {
            "jpeg of 8 MB" => Image(1080, 1920, 8 * MB),
            "jpeg of 8 MB and a byte" => Image(1080, 1920, 8 * MB + 1),
            "png" => Image(1080, 1920, MB, "image/png"),
            "video" => Video(),
            _ => null,
        };
        var subject = Valid(PostFormat.Reel);
        if (cover is not null)
        {
            subject.Assets.Add(cover.Id, cover);
        }

        AssertOutcome(subject.Check(p => p.CoverMediaAssetId = cover?.Id ?? Guid.NewGuid()), PostFields.Cover, expected);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(29_999, null)]
    [InlineData(30_000, "Pick a thumbnail moment within the video (it lasts 30 s); 30 s is past its end.")]
    [InlineData(-1, "Pick a thumbnail moment from the start of the video onwards.")]
    public void A_thumbnail_moment_is_within_the_video(int offsetMs, string? expected) =>
        AssertOutcome(Post(PostFormat.Reel, Video(durationMs: 30_000)).Check(p => p.ThumbOffsetMs = offsetMs), PostFields.ThumbOffset, expected);
}
