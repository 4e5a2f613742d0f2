using System.Globalization;
using System.Text.RegularExpressions;

namespace Cadence.Composer.Features.Validation;

/// <summary>
/// A caption counted as Instagram counts it, for the validator and the editor's live counters alike. Characters are
/// UTF-16 units, as the API's 2,200 limit counts them (an emoji such as 😀 counts 2); hashtags and mentions match what
/// the API refuses on. The fold is where "… more" cuts the caption in the feed, after 125 visible characters, and
/// always falls between two whole characters (never inside an emoji or a letter with its accents).
/// </summary>
internal readonly partial record struct CaptionStats(int Characters, int Hashtags, int Mentions, int? FoldAt)
{
    public const int FoldLength = 125;

    public static CaptionStats Of(string? text)
    {
        text ??= string.Empty;
        return new CaptionStats(text.Length, Hashtag().Count(text), Mention().Count(text), FoldIndex(text));
    }

    /// <summary>The part shown before "… more" and the part after it; the second is empty when the caption is short.</summary>
    public static (string Shown, string Folded) Split(string? text)
    {
        text ??= string.Empty;
        return FoldIndex(text) is { } at ? (text[..at], text[at..]) : (text, string.Empty);
    }

    private static int? FoldIndex(string text)
    {
        if (text.Length <= FoldLength)
        {
            return null;
        }

        var elements = StringInfo.ParseCombiningCharacters(text);
        return elements.Length <= FoldLength ? null : elements[FoldLength];
    }

    // The same patterns Instagram's refusals are simulated with (InstagramSandbox CaptionRules), so a caption the
    // counters pass is never refused on publishing.
    [GeneratedRegex(@"#\w+")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"@[\w.]+")]
    private static partial Regex Mention();
}
