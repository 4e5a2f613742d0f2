namespace Cadence.InstagramSandbox.State;

internal sealed class Account
{
    public required string Id { get; init; }
    public required string AppScopedId { get; init; }
    public required string Username { get; set; }
    public string AccountType { get; set; } = "BUSINESS";
    public int FollowersCount { get; set; }
    public int FollowsCount { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool SubscribedToWebhooks { get; set; }
    public List<string> SubscribedFields { get; set; } = [];
    public List<IceBreaker> IceBreakers { get; set; } = [];
}

internal sealed record IceBreaker(string Question, string Payload, string Locale);

internal enum TokenKind { Short, Long }

internal sealed class AccessToken
{
    public required string Value { get; init; }
    public required string AccountId { get; init; }
    public TokenKind Kind { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public bool Revoked { get; set; }
    public List<string> Scopes { get; init; } = [];
}

internal sealed class AuthorizationCode
{
    public required string Value { get; init; }
    public required string AccountId { get; init; }
    public required string RedirectUri { get; init; }
    public required string ClientId { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public bool Used { get; set; }
    public List<string> Scopes { get; init; } = [];
}

internal sealed class Container
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    /// <summary>IMAGE, VIDEO, CAROUSEL, REELS or STORIES.</summary>
    public required string MediaType { get; init; }
    public bool IsCarouselItem { get; init; }
    public bool IsVideo { get; init; }
    public string? ImageUrl { get; init; }
    public string? VideoUrl { get; init; }
    public string? Caption { get; init; }
    public string? AltText { get; init; }
    public string? LocationId { get; init; }
    public string? UserTags { get; init; }
    public List<string> Collaborators { get; init; } = [];
    public string? CoverUrl { get; init; }
    public long? ThumbOffset { get; init; }
    public bool? ShareToFeed { get; init; }
    public string? AudioName { get; init; }
    public string? TrialGraduationStrategy { get; init; }
    public List<string> Children { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ReadyAt { get; init; }
    public int? ErrorSubcode { get; init; }
    public string? PublishedMediaId { get; set; }
}

internal sealed class Media
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string ContainerId { get; init; }
    /// <summary>IMAGE, VIDEO or CAROUSEL_ALBUM.</summary>
    public required string MediaType { get; init; }
    /// <summary>FEED, REELS or STORY.</summary>
    public required string ProductType { get; init; }
    public string? Caption { get; init; }
    public string? MediaUrl { get; init; }
    public string? ThumbnailUrl { get; init; }
    public string? AltText { get; init; }
    public required string Shortcode { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public bool CommentEnabled { get; set; } = true;
    public bool? SharedToFeed { get; init; }
    public List<string> Children { get; init; } = [];
    public bool IsChild { get; init; }
}

internal sealed class Comment
{
    public required string Id { get; init; }
    public required string MediaId { get; init; }
    public string? ParentId { get; init; }
    public required string FromId { get; init; }
    public required string FromUsername { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset Timestamp { get; init; }
    public bool Hidden { get; set; }
    public int LikeCount { get; set; }
    public bool PrivateReplySent { get; set; }
}

internal sealed class Conversation
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string UserId { get; init; }
    public required string Username { get; init; }
    public DateTimeOffset? LastUserMessageAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Message> Messages { get; init; } = [];
}

internal sealed class Message
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public required string FromId { get; init; }
    public required string FromUsername { get; init; }
    public required string ToId { get; init; }
    public required string ToUsername { get; init; }
    public string? Text { get; init; }
    public string? AttachmentType { get; init; }
    public string? AttachmentUrl { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed record PublishCall(
    string AccountId, string? CreationId, DateTimeOffset At, bool Succeeded, string? MediaId, int? ErrorCode, int? ErrorSubcode);

internal sealed class PathFault
{
    public required string PathContains { get; init; }
    public int Code { get; init; }
    public int? Subcode { get; init; }
    public int Status { get; init; } = 400;
    public string? Message { get; init; }
    public int Remaining { get; set; }
}
