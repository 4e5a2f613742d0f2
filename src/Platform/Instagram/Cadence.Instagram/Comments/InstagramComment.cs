namespace Cadence.Instagram;

/// <summary>A comment or reply. <see cref="From"/> carries the commenter's IGSID.</summary>
public sealed record InstagramComment(
    string Id,
    string? Text = null,
    DateTimeOffset? Timestamp = null,
    string? Username = null,
    CommentAuthor? From = null,
    long? LikeCount = null,
    bool? Hidden = null,
    string? ParentId = null,
    CommentReplies? Replies = null);

public sealed record CommentAuthor(string Id, string? Username = null);

public sealed record CommentReplies(IReadOnlyList<InstagramComment> Data);
