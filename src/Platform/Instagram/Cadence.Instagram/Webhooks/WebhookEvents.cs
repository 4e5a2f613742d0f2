namespace Cadence.Instagram;

/// <summary>One delivery: <c>object</c> (as ObjectType) and its entries (up to 1000 per batch).</summary>
public sealed record WebhookPayload(string? ObjectType, IReadOnlyList<WebhookEntry> Entries);

/// <summary>An entry for one account (<see cref="AccountId"/> is the IG_ID). <see cref="Time"/> is normalised from seconds or milliseconds.</summary>
public sealed record WebhookEntry(string AccountId, DateTimeOffset? Time, IReadOnlyList<WebhookChange> Changes, IReadOnlyList<WebhookMessaging> Messaging);

/// <summary>A content change (comments, live_comments, mentions, …). <see cref="RawValue"/> keeps the value as sent.</summary>
public sealed record WebhookChange(string Field, CommentEvent? Comment, MentionEvent? Mention, string RawValue)
{
    /// <summary>Deliveries are at-least-once with no delivery id: de-duplicate on this.</summary>
    public string DeduplicationKey => Comment is not null ? $"{Field}:{Comment.Id}"
        : Mention is not null ? $"{Field}:{Mention.MediaId}:{Mention.CommentId}"
        : $"{Field}:{RawValue}";
}

public sealed record CommentEvent(string Id, string? Text, string? ParentId, WebhookUser? From, WebhookMedia? Media);

public sealed record WebhookUser(string Id, string? Username, string? SelfIgScopedId);

public sealed record WebhookMedia(string Id, string? MediaProductType, string? AdId, string? AdTitle, string? OriginalMediaId);

public sealed record MentionEvent(string? MediaId, string? CommentId);

/// <summary>A messaging event: exactly one of message, reaction, postback, read, referral or edit is set.</summary>
public sealed record WebhookMessaging(
    string? SenderId,
    string? RecipientId,
    DateTimeOffset? Timestamp,
    MessageEvent? Message,
    ReactionEvent? Reaction,
    PostbackEvent? Postback,
    string? ReadMid,
    ReferralEvent? Referral,
    MessageEditEvent? Edit)
{
    /// <summary>Deliveries are at-least-once with no delivery id: de-duplicate on this.</summary>
    public string DeduplicationKey =>
        Message is not null ? $"message:{Message.Mid}"
        : Reaction is not null ? $"reaction:{Reaction.Mid}:{Reaction.Action}:{Reaction.Reaction}:{Timestamp?.ToUnixTimeMilliseconds()}"
        : Postback is not null ? $"postback:{Postback.Mid}"
        : ReadMid is not null ? $"read:{ReadMid}"
        : Edit is not null ? $"edit:{Edit.Mid}:{Edit.NumEdit}"
        : $"other:{SenderId}:{Timestamp?.ToUnixTimeMilliseconds()}";
}

public sealed record MessageEvent(
    string Mid,
    string? Text,
    IReadOnlyList<MessageEventAttachment> Attachments,
    bool IsEcho,
    bool IsDeleted,
    bool IsUnsupported,
    string? QuickReplyPayload,
    string? ReplyToMid);

public sealed record MessageEventAttachment(string Type, string? Url);

public sealed record ReactionEvent(string Mid, string? Action, string? Reaction, string? Emoji);

public sealed record PostbackEvent(string? Mid, string? Title, string? Payload);

public sealed record ReferralEvent(string? Ref, string? Source, string? Type);

public sealed record MessageEditEvent(string Mid, string? Text, int NumEdit);
