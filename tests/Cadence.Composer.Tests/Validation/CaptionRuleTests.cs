using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using static Cadence.Composer.Tests.Validation.Rules;

namespace Cadence.Composer.Tests.Validation;

public sealed class CaptionRuleTests
{
    public static TheoryData<string, string?> Captions => new()
    {
        { new string('a', 2200), null },
        { new string('a', 2201), "The caption is 2,201 characters; Instagram allows 2,200 (an emoji counts as 2). Shorten it by 1." },
        { Repeat("😀", 1100), null },
        { Repeat("😀", 1100) + "a", "The caption is 2,201 characters" },
        { Tags('#', 30), null },
        { Tags('#', 31), "The caption has 31 hashtags; Instagram allows 30. Remove 1." },
        { Tags('@', 20), null },
        { Tags('@', 21), "The caption mentions 21 accounts; Instagram allows 20. Remove 1." },
    };

    [Theory]
    [MemberData(nameof(Captions))]
    public void A_caption_has_at_most_2200_characters_30_hashtags_and_20_mentions(string caption, string? expected)
    {
        foreach (var format in new[] { PostFormat.FeedImage, PostFormat.Carousel, PostFormat.Reel })
        {
            AssertOutcome(Valid(format).Check(p => p.Caption = caption), PostFields.Caption, expected);
        }
    }

    [Theory]
    [MemberData(nameof(Captions))]
    public void Each_accounts_own_caption_is_held_to_the_same_limits(string caption, string? expected)
    {
        var subject = Valid(PostFormat.FeedImage);
        var account = new PostAccount { PostId = subject.Post.Id, InstagramAccountId = Guid.NewGuid(), CaptionOverride = caption };
        subject.Post.Accounts.Add(account);

        AssertOutcome(subject.Check(), PostFields.AccountCaption(account.InstagramAccountId), expected);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("Out now!", "Stories don't show captions; remove it or post to the feed.")]
    public void A_story_has_no_caption(string caption, string? expected) =>
        AssertOutcome(Valid(PostFormat.Story).Check(p => p.Caption = caption), PostFields.Caption, expected);

    [Fact]
    public void A_story_has_no_caption_for_any_account()
    {
        var subject = Valid(PostFormat.Story);
        subject.Post.Accounts[0].CaptionOverride = "Hello";

        AssertOutcome(subject.Check(), PostFields.AccountCaption(subject.Post.Accounts[0].InstagramAccountId), "Stories don't show captions");
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Tags(char sign, int count) => string.Join(' ', Enumerable.Range(1, count).Select(i => $"{sign}tag{i}"));
}
