using Cadence.Composer.Domain;
using static Cadence.Composer.Features.Validation.InstagramLimits;

namespace Cadence.Composer.Features.Validation;

/// <summary>The post's options, each allowed only on the formats Instagram takes it for (reference §2.1).</summary>
internal static class OptionRules
{
    public static void Check(Post post, List<PostItem> items, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        var story = post.Format == PostFormat.Story;
        FirstComment(post.FirstComment, story, violations);
        Location(post.LocationId, story, violations);
        Collaborators(post.Collaborators, story, violations);

        if (post.Format == PostFormat.Reel)
        {
            var video = items.Count > 0 && assets.TryGetValue(items[0].MediaAssetId, out var asset) && asset.Kind == MediaKind.Video ? asset : null;
            Cover(post.CoverMediaAssetId, assets, violations);
            ThumbOffset(post.ThumbOffsetMs, video, violations);
        }
        else
        {
            // Share to feed is a yes/no with no "unset": it is simply not sent for other formats, so it is no refusal.
            ReelOnly(post.CoverMediaAssetId is not null, PostFields.Cover, "Cover images apply to reels only; remove it.", violations);
            ReelOnly(post.ThumbOffsetMs is not null, PostFields.ThumbOffset, "A thumbnail moment applies to reels only; remove it.", violations);
            ReelOnly(!string.IsNullOrEmpty(post.AudioName), PostFields.AudioName, "Audio names apply to reels only; remove it.", violations);
            ReelOnly(post.Trial is not null, PostFields.Trial, "Trial reels are reels only: choose Reel or turn the trial off.", violations);
        }

        // Trial reels take share_to_feed either way: neither the reference nor the sandbox refuses the pair.
    }

    private static void FirstComment(string? comment, bool story, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(comment))
        {
            return;
        }

        var characters = CaptionStats.Of(comment).Characters;
        if (story)
        {
            violations.Add(new(PostFields.FirstComment, "Stories can't be commented on; remove the first comment."));
        }
        else if (characters > MaxFirstCommentCharacters)
        {
            violations.Add(new(PostFields.FirstComment, $"The first comment is {RuleText.Number(characters)} characters; Instagram allows 2,200. Shorten it by {RuleText.Number(characters - MaxFirstCommentCharacters)}."));
        }
    }

    private static void Location(string? locationId, bool story, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(locationId))
        {
            return;
        }

        if (story)
        {
            violations.Add(new(PostFields.LocationId, "Stories can't carry a location through Instagram's API; remove it."));
        }
        else if (!locationId.All(char.IsAsciiDigit))
        {
            violations.Add(new(PostFields.LocationId, "Choose the location from the search results; this one has no Instagram location id."));
        }
    }

    private static void Collaborators(List<string> collaborators, bool story, List<RuleViolation> violations)
    {
        if (collaborators.Count == 0)
        {
            return;
        }

        if (story)
        {
            violations.Add(new(PostFields.Collaborators, "Stories can't have collaborators; remove them or post to the feed."));
            return;
        }

        if (collaborators.Count > MaxCollaborators)
        {
            violations.Add(new(PostFields.Collaborators, $"Invite at most 3 collaborators; remove {collaborators.Count - MaxCollaborators}."));
        }

        foreach (var username in collaborators.Where(u => !InstagramUsername.IsValid(u)))
        {
            violations.Add(new(PostFields.Collaborators, InstagramUsername.Invalid(username)));
        }
    }

    private static void Cover(Guid? coverId, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        if (coverId is not { } id)
        {
            return;
        }

        if (!assets.TryGetValue(id, out var cover))
        {
            violations.Add(new(PostFields.Cover, "The cover image is no longer in the client's media library; choose another."));
        }
        else if (cover.Kind != MediaKind.Image)
        {
            violations.Add(new(PostFields.Cover, "The cover must be an image; choose a JPEG image, or a moment of the video."));
        }
        else
        {
            MediaRules.Image(cover, MediaUse.ReelCover, PostFields.Cover, violations);
        }
    }

    private static void ThumbOffset(int? offsetMs, MediaAsset? video, List<RuleViolation> violations)
    {
        if (offsetMs is not { } offset)
        {
            return;
        }

        if (offset < 0)
        {
            violations.Add(new(PostFields.ThumbOffset, "Pick a thumbnail moment from the start of the video onwards."));
        }
        else if (video?.DurationMs is { } duration && offset >= duration)
        {
            violations.Add(new(PostFields.ThumbOffset, $"Pick a thumbnail moment within the video (it lasts {RuleText.Duration(duration)}); {RuleText.Duration(offset)} is past its end."));
        }
    }

    private static void ReelOnly(bool isSet, string field, string message, List<RuleViolation> violations)
    {
        if (isSet)
        {
            violations.Add(new(field, message));
        }
    }
}
