using System.Text.RegularExpressions;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.HashtagGroups;

/// <summary>A group's name and hashtags, tidied and checked. Field names match the form inputs.</summary>
internal static partial class HashtagGroupRules
{
    public const int NameMaxLength = 100;

    public static string NormalizeName(string? name) => (name ?? string.Empty).Trim();

    /// <summary>The hashtags as typed (spaces, commas or new lines between), each once, in the order first written.</summary>
    public static IReadOnlyList<string> Split(string? hashtags) =>
        (hashtags ?? string.Empty).Split([' ', ',', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static IEnumerable<Error> Check(string name, IReadOnlyList<string> hashtags)
    {
        if (name.Length == 0)
        {
            yield return Error.Validation("Name", "Name the group, for example \"Coffee basics\".");
        }
        else if (name.Length > NameMaxLength)
        {
            yield return Error.Validation("Name", $"Keep the name to {NameMaxLength} characters or fewer.");
        }

        if (hashtags.Count == 0)
        {
            yield return Error.Validation("Hashtags", "Add at least one hashtag, for example #coffee.");
        }
        else if (hashtags.Count > InstagramLimits.MaxHashtags)
        {
            yield return Error.Validation("Hashtags", $"A group holds at most {InstagramLimits.MaxHashtags} hashtags, as many as a caption takes; this one has {hashtags.Count}.");
        }

        if (hashtags.FirstOrDefault(h => !h.StartsWith('#')) is { } bare)
        {
            yield return Error.Validation("Hashtags", $"Each hashtag starts with #: write #{bare.TrimStart('@')}, not {bare}.");
        }
        else if (hashtags.FirstOrDefault(h => !Hashtag().IsMatch(h)) is { } invalid)
        {
            yield return Error.Validation("Hashtags", $"{invalid} is not a hashtag Instagram links: use letters, digits and underscores after the #.");
        }

        if (string.Join(' ', hashtags).Length > InstagramLimits.MaxCaptionCharacters)
        {
            yield return Error.Validation("Hashtags", "These hashtags are longer than a whole caption (2,200 characters); shorten them.");
        }
    }

    public static Error NameTaken(string name) => Error.Conflict($"This client already has a group called \"{name}\".", "Name");

    // The whole tag must be what the caption counters count as one hashtag.
    [GeneratedRegex(@"^#\w+$")]
    private static partial Regex Hashtag();
}
