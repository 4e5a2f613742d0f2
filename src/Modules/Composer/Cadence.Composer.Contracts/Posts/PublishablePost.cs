namespace Cadence.Composer.Contracts.Posts;

/// <summary>The formats Instagram publishes.</summary>
public enum PublishFormat
{
    FeedImage,
    Carousel,
    Reel,
    Story,
}

/// <summary>How a trial reel graduates: by hand, or on its performance with non-followers.</summary>
public enum TrialReelStrategy
{
    Manual,
    Performance,
}

/// <summary>An Instagram user tagged at a point on an image, 0–1 from the top-left.</summary>
public sealed record TaggedUser(string Username, double X, double Y);

/// <summary>One image or video, with the signed public URL Instagram fetches it from.</summary>
public sealed record PublishableMedia(bool IsVideo, string Url, int Width, int Height, long? DurationMs, string? AltText, IReadOnlyList<TaggedUser> UserTags);

/// <summary>One account the post goes to, with the caption that account gets.</summary>
public sealed record PublishableAccount(Guid InstagramAccountId, string Caption);

/// <summary>
/// A post exactly as it should be published, at one content version: what the Scheduler hands to Instagram. Media URLs
/// are signed and stay valid until <see cref="UrlsExpireAtUtc"/>.
/// </summary>
public sealed record PublishablePost(
    Guid PostId,
    Guid AgencyId,
    Guid ClientId,
    PublishFormat Format,
    int ContentVersion,
    bool IsApproved,
    IReadOnlyList<string> Problems,
    IReadOnlyList<PublishableAccount> Accounts,
    IReadOnlyList<PublishableMedia> Media,
    string? FirstComment,
    string? LocationId,
    IReadOnlyList<string> Collaborators,
    string? CoverUrl,
    int? ThumbOffsetMs,
    bool ShareToFeed,
    string? AudioName,
    TrialReelStrategy? Trial,
    DateTime UrlsExpireAtUtc)
{
    /// <summary>Approved and passing every rule Instagram enforces.</summary>
    public bool IsPublishable => IsApproved && Problems.Count == 0;
}
