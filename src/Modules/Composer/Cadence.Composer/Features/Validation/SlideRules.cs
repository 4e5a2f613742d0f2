using Cadence.Composer.Domain;
using static Cadence.Composer.Features.Validation.InstagramLimits;

namespace Cadence.Composer.Features.Validation;

/// <summary>What each slide may carry: alt text on feed and carousel images, people tagged on images (stories too).</summary>
internal static class SlideRules
{
    public static void Check(PostFormat format, List<PostItem> items, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var isImage = assets.TryGetValue(item.MediaAssetId, out var asset) ? asset.Kind == MediaKind.Image : (bool?)null;
            AltText(format, item.AltText, isImage, PostFields.Item(index, "AltText"), violations);
            UserTags(item.UserTags, isImage, PostFields.Item(index, "UserTags"), violations);
        }
    }

    private static void AltText(PostFormat format, string? altText, bool? isImage, string field, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(altText))
        {
            return;
        }

        if (format == PostFormat.Story)
        {
            violations.Add(new(field, "Stories don't take alt text; remove it."));
        }
        else if (format == PostFormat.Reel || isImage == false)
        {
            violations.Add(new(field, "Alt text applies to images only; remove it from this video."));
        }
        else if (altText.Length > MaxAltTextCharacters)
        {
            violations.Add(new(field, $"The alt text is {RuleText.Number(altText.Length)} characters; Instagram allows 1,000. Shorten it by {RuleText.Number(altText.Length - MaxAltTextCharacters)}."));
        }
    }

    private static void UserTags(List<UserTag> tags, bool? isImage, string field, List<RuleViolation> violations)
    {
        if (tags.Count == 0)
        {
            return;
        }

        if (isImage == false)
        {
            violations.Add(new(field, "People can be tagged on images only; remove the tags from this video."));
            return;
        }

        if (tags.Count > MaxUserTagsPerImage)
        {
            violations.Add(new(field, $"Instagram allows 20 people tagged per image; remove {tags.Count - MaxUserTagsPerImage}."));
        }

        foreach (var tag in tags)
        {
            if (!InstagramUsername.IsValid(tag.Username))
            {
                violations.Add(new(field, InstagramUsername.Invalid(tag.Username)));
            }

            if (!InUnitRange(tag.X) || !InUnitRange(tag.Y))
            {
                violations.Add(new(field, $"Place {tag.Username}'s tag on the image again: x and y must be between 0 and 1."));
            }
        }
    }

    private static bool InUnitRange(double value) => value is >= 0 and <= 1;
}
