using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.CaptionTemplates;

/// <summary>A template's name and text, checked. Field names match the form inputs.</summary>
internal static class CaptionTemplateRules
{
    public const int NameMaxLength = 100;

    public static string NormalizeName(string? name) => (name ?? string.Empty).Trim();

    public static string NormalizeBody(string? body) => (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static IEnumerable<Error> Check(string name, string body)
    {
        if (name.Length == 0)
        {
            yield return Error.Validation("Name", "Name the template, for example \"Weekly sign-off\".");
        }
        else if (name.Length > NameMaxLength)
        {
            yield return Error.Validation("Name", $"Keep the name to {NameMaxLength} characters or fewer.");
        }

        var characters = CaptionStats.Of(body).Characters;
        if (characters == 0)
        {
            yield return Error.Validation("Body", "Write the text the template inserts.");
        }
        else if (characters > InstagramLimits.MaxCaptionCharacters)
        {
            yield return Error.Validation("Body", $"A caption holds 2,200 characters and this text has {RuleText.Number(characters)} (an emoji counts as 2); shorten it by {RuleText.Number(characters - InstagramLimits.MaxCaptionCharacters)}.");
        }
    }

    public static Error NameTaken(string name) => Error.Conflict($"This client already has a template called \"{name}\".", "Name");
}
