using System.Text.RegularExpressions;
using Cadence.InstagramSandbox.Graph;

namespace Cadence.InstagramSandbox.Publishing;

internal static partial class CaptionRules
{
    public static void Validate(string? caption)
    {
        if (caption is null)
        {
            return;
        }
        if (caption.Length > 2200)
        {
            throw new GraphException(36004, 2207010, "The caption is too long.", userTitle: "Caption too long",
                userMessage: "The caption can have at most 2,200 characters, 30 hashtags and 20 @ tags.");
        }
        if (Hashtags().Count(caption) > 30)
        {
            throw new GraphException(36004, 2207010, "The caption has too many hashtags.", userTitle: "Too many hashtags",
                userMessage: "The caption can have at most 2,200 characters, 30 hashtags and 20 @ tags.");
        }
        if (Mentions().Count(caption) > 20)
        {
            throw new GraphException(100, 2207040, "(#100) Cannot use more than 20 tags per media.", userTitle: "Too many tags",
                userMessage: "A caption can mention at most 20 accounts.");
        }
    }

    [GeneratedRegex(@"#\w+")]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"@[\w.]+")]
    private static partial Regex Mentions();
}
