namespace Cadence.Instagram;

/// <summary>A media node. Most fields are optional: Instagram leaves out what it will not show (likes hidden, copyright, IG Login).</summary>
public sealed record InstagramMedia(
    string Id,
    string? Caption = null,
    string? MediaType = null,
    string? MediaProductType = null,
    string? MediaUrl = null,
    string? ThumbnailUrl = null,
    string? Permalink = null,
    string? Shortcode = null,
    DateTimeOffset? Timestamp = null,
    long? LikeCount = null,
    long? CommentsCount = null,
    string? Username = null,
    bool? IsCommentEnabled = null,
    bool? IsSharedToFeed = null,
    string? AltText = null,
    MediaChildren? Children = null);

public sealed record MediaChildren(IReadOnlyList<InstagramMedia> Data);
