namespace Cadence.Instagram;

public enum AttachmentType
{
    Image,
    Audio,
    Video,
    File,
}

/// <summary>One attachment sent by URL (image ≤8 MB png/jpeg; audio, video, file ≤25 MB).</summary>
public sealed record MessageAttachment(AttachmentType Type, string Url);

/// <summary>The Send API's answer.</summary>
public sealed record SentMessage(string? RecipientId, string? MessageId);

public sealed record Conversation(string Id, DateTimeOffset? UpdatedTime);

public sealed record MessageSummary(string Id, DateTimeOffset? CreatedTime);

public sealed record MessageParticipant(string Id, string? Username = null);

public sealed record InstagramMessage(string Id, DateTimeOffset? CreatedTime, MessageParticipant? From, IReadOnlyList<MessageParticipant> To, string? Message);

/// <summary>A question shown to people opening a conversation; its payload comes back in a messaging_postbacks webhook.</summary>
public sealed record IceBreaker(string Question, string Payload);
