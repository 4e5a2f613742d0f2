using System.Text.RegularExpressions;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Instagram;

/// <summary>Instagram's caption and option limits (reference §2.1).</summary>
public static partial class ContainerRules
{
    public const int MaxCaptionLength = 2200;
    public const int MaxHashtags = 30;
    public const int MaxMentions = 20;
    public const int MaxAltTextLength = 1000;
    public const int MaxCollaborators = 3;

    public static int CountHashtags(string text) => Hashtag().Count(text ?? string.Empty);

    public static int CountMentions(string text) => Mention().Count(text ?? string.Empty);

    internal static void Caption(List<Error> errors, string? caption)
    {
        if (caption is null)
        {
            return;
        }

        if (caption.Length > MaxCaptionLength)
        {
            errors.Add(Error.Validation(nameof(Caption), $"The caption is {caption.Length} characters; Instagram allows {MaxCaptionLength}."));
        }

        if (CountHashtags(caption) > MaxHashtags)
        {
            errors.Add(Error.Validation(nameof(Caption), $"The caption has {CountHashtags(caption)} hashtags; Instagram allows {MaxHashtags}."));
        }

        if (CountMentions(caption) > MaxMentions)
        {
            errors.Add(Error.Validation(nameof(Caption), $"The caption mentions {CountMentions(caption)} accounts; Instagram allows {MaxMentions}."));
        }
    }

    internal static void AltText(List<Error> errors, string? altText)
    {
        if (altText is { Length: > MaxAltTextLength })
        {
            errors.Add(Error.Validation(nameof(AltText), $"Alt text is limited to {MaxAltTextLength} characters."));
        }
    }

    internal static void Collaborators(List<Error> errors, IReadOnlyList<string>? collaborators)
    {
        if (collaborators is { Count: > MaxCollaborators })
        {
            errors.Add(Error.Validation(nameof(Collaborators), $"At most {MaxCollaborators} collaborators can be invited."));
        }
    }

    internal static void Tags(List<Error> errors, IReadOnlyList<UserTag>? tags, bool positionRequired)
    {
        foreach (var tag in tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag.Username))
            {
                errors.Add(Error.Validation("UserTags", "Every tagged person needs a username."));
            }

            if ((positionRequired && (tag.X is null || tag.Y is null)) || tag.X is < 0 or > 1 || tag.Y is < 0 or > 1)
            {
                errors.Add(Error.Validation("UserTags", $"The tag of {tag.Username} needs x and y between 0.0 and 1.0."));
            }
        }
    }

    internal static void Url(List<Error> errors, string field, string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(Error.Validation(field, "Instagram needs a public http(s) URL to fetch the media from."));
        }
    }

    [GeneratedRegex(@"(?<![\w&])#[\p{L}\p{N}_]+")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?<![\w])@[\p{L}\p{N}_.]+")]
    private static partial Regex Mention();
}
