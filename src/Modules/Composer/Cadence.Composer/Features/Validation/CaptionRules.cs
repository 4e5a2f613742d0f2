using Cadence.Composer.Domain;
using static Cadence.Composer.Features.Validation.InstagramLimits;

namespace Cadence.Composer.Features.Validation;

/// <summary>Caption limits, for the post's caption and each account's own; stories carry no caption at all.</summary>
internal static class CaptionRules
{
    private const string StoryCaption = "Stories don't show captions; remove it or post to the feed.";

    public static void Check(Post post, List<RuleViolation> violations)
    {
        Caption(post.Format, post.Caption, PostFields.Caption, violations);
        foreach (var account in post.Accounts.Where(a => a.CaptionOverride is not null))
        {
            Caption(post.Format, account.CaptionOverride, PostFields.AccountCaption(account.InstagramAccountId), violations);
        }
    }

    private static void Caption(PostFormat format, string? caption, string field, List<RuleViolation> violations)
    {
        if (format == PostFormat.Story)
        {
            if (!string.IsNullOrWhiteSpace(caption))
            {
                violations.Add(new(field, StoryCaption));
            }

            return;
        }

        var stats = CaptionStats.Of(caption);
        if (stats.Characters > MaxCaptionCharacters)
        {
            violations.Add(new(field, $"The caption is {RuleText.Number(stats.Characters)} characters; Instagram allows 2,200 (an emoji counts as 2). Shorten it by {RuleText.Number(stats.Characters - MaxCaptionCharacters)}."));
        }

        if (stats.Hashtags > MaxHashtags)
        {
            violations.Add(new(field, $"The caption has {stats.Hashtags} hashtags; Instagram allows 30. Remove {stats.Hashtags - MaxHashtags}."));
        }

        if (stats.Mentions > MaxMentions)
        {
            violations.Add(new(field, $"The caption mentions {stats.Mentions} accounts; Instagram allows 20. Remove {stats.Mentions - MaxMentions}."));
        }
    }
}
