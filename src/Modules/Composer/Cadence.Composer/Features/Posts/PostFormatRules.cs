using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Posts;

/// <summary>Which of a post's options each format takes (reference §2.1): the editor shows, keeps and clears by these.</summary>
internal static class PostFormatRules
{
    public static bool TakesCaption(PostFormat format) => format != PostFormat.Story;

    public static bool TakesFeedOptions(PostFormat format) => format != PostFormat.Story;

    public static bool TakesReelOptions(PostFormat format) => format == PostFormat.Reel;

    public static bool TakesAltText(PostFormat format, MediaKind kind) => format != PostFormat.Story && kind == MediaKind.Image;

    public static bool TakesUserTags(MediaKind kind) => kind == MediaKind.Image;

    public static bool Offers(PostFormat format, MediaKind kind) => format switch
    {
        PostFormat.FeedImage => kind == MediaKind.Image,
        PostFormat.Reel => kind == MediaKind.Video,
        _ => true,
    };

    public static string Name(PostFormat format) => format switch
    {
        PostFormat.FeedImage => "Feed image",
        PostFormat.Carousel => "Carousel",
        PostFormat.Reel => "Reel",
        _ => "Story",
    };

    public static string Name(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "Draft",
        ApprovalStatus.InReview => "In review",
        ApprovalStatus.Approved => "Approved",
        _ => "Changes requested",
    };

    public static string BadgeClass(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "status status-ok",
        ApprovalStatus.InReview => "status status-warn",
        ApprovalStatus.ChangesRequested => "status status-bad",
        _ => "status status-off",
    };

    /// <summary>Clears what the new format does not take, and says what was cleared.</summary>
    public static List<string> ClearWhatDoesNotApply(Post post, IReadOnlyDictionary<Guid, MediaKind> kinds)
    {
        var cleared = new List<string>();
        if (!TakesCaption(post.Format))
        {
            Clear(post.Caption.Length > 0, "caption", () => post.Caption = string.Empty, cleared);
            Clear(post.Accounts.Any(a => a.CaptionOverride is not null), "account captions", () => post.Accounts.ForEach(a => a.CaptionOverride = null), cleared);
        }

        if (!TakesFeedOptions(post.Format))
        {
            Clear(post.FirstComment is not null, "first comment", () => post.FirstComment = null, cleared);
            Clear(post.LocationId is not null || post.LocationName is not null, "location", () => (post.LocationId, post.LocationName) = (null, null), cleared);
            Clear(post.Collaborators.Count > 0, "collaborators", () => post.Collaborators = [], cleared);
        }

        if (!TakesReelOptions(post.Format))
        {
            Clear(post.CoverMediaAssetId is not null || post.ThumbOffsetMs is not null, "cover", () => (post.CoverMediaAssetId, post.ThumbOffsetMs) = (null, null), cleared);
            Clear(post.AudioName is not null, "audio name", () => post.AudioName = null, cleared);
            Clear(post.Trial is not null, "trial reel", () => post.Trial = null, cleared);
            post.ShareToFeed = true;
        }

        foreach (var item in post.Items)
        {
            var kind = kinds.TryGetValue(item.MediaAssetId, out var known) ? known : MediaKind.Image;
            Clear(item.AltText is not null && !TakesAltText(post.Format, kind), "alt text", () => item.AltText = null, cleared);
        }

        return cleared.Distinct().ToList();
    }

    private static void Clear(bool isSet, string what, Action clear, List<string> cleared)
    {
        if (isSet)
        {
            clear();
            cleared.Add(what);
        }
    }
}
