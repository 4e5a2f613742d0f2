using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Tests.Validation;

public sealed class CaptionStatsTests
{
    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("Hello #summer #sale with @anna.b and @cadence_hq", 48, 2, 2)]
    [InlineData("# alone, @ alone", 16, 0, 0)]
    [InlineData("#日本 #café", 9, 2, 0)]
    [InlineData("#one#two", 8, 2, 0)]
    [InlineData("write to me@example.com", 23, 0, 1)]
    [InlineData("😀", 2, 0, 0)]
    [InlineData("👍🏽 #ok", 8, 1, 0)]
    public void Counts_characters_as_utf16_units_and_hashtags_and_mentions_as_instagram_refuses_them(string caption, int characters, int hashtags, int mentions)
    {
        var stats = CaptionStats.Of(caption);

        Assert.Equal((characters, hashtags, mentions), (stats.Characters, stats.Hashtags, stats.Mentions));
    }

    [Fact]
    public void A_caption_of_125_characters_has_no_fold_and_one_of_126_folds_after_125()
    {
        Assert.Null(CaptionStats.Of(new string('a', 125)).FoldAt);
        Assert.Equal(125, CaptionStats.Of(new string('a', 126)).FoldAt);
        Assert.Equal((new string('a', 125), "b"), CaptionStats.Split(new string('a', 125) + "b"));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("👩‍👩‍👧")]
    [InlineData("👍🏽")]
    [InlineData("e\u0301")]
    public void The_fold_never_cuts_an_emoji_or_a_letter_from_its_accent(string whole)
    {
        var caption = new string('a', 124) + whole + "tail";

        var (shown, folded) = CaptionStats.Split(caption);

        Assert.Equal(new string('a', 124) + whole, shown);
        Assert.Equal("tail", folded);
        Assert.Equal(124 + whole.Length, CaptionStats.Of(caption).FoldAt);
    }

    [Fact]
    public void A_short_caption_of_wide_emoji_counts_its_visible_characters_for_the_fold()
    {
        var caption = string.Concat(Enumerable.Repeat("😀", 125));

        Assert.Equal(250, CaptionStats.Of(caption).Characters);
        Assert.Null(CaptionStats.Of(caption).FoldAt);
    }
}
