namespace Cadence.Instagram;

/// <summary>The Instagram Messaging API (IG Login: /IG_ID/messages with the user token).</summary>
public interface IInstagramMessaging
{
    /// <summary>Text of at most 1000 UTF-8 bytes, inside the 24-hour window.</summary>
    Task<SentMessage> SendTextAsync(AccountAccess access, string recipientId, string text, CancellationToken cancellationToken = default);

    Task<SentMessage> SendAttachmentAsync(AccountAccess access, string recipientId, MessageAttachment attachment, CancellationToken cancellationToken = default);

    /// <summary>One private reply per comment, within 7 days of it.</summary>
    Task<SentMessage> SendPrivateReplyAsync(AccountAccess access, string commentId, string text, CancellationToken cancellationToken = default);

    Task<InstagramPage<Conversation>> GetConversationsPageAsync(AccountAccess access, PageCursor? cursor = null, string? userId = null, CancellationToken cancellationToken = default);

    /// <summary>The message ids of a conversation (only the 20 most recent can be read in detail).</summary>
    Task<IReadOnlyList<MessageSummary>> GetConversationMessagesAsync(string token, string conversationId, CancellationToken cancellationToken = default);

    Task<InstagramMessage> GetMessageAsync(string token, string messageId, CancellationToken cancellationToken = default);

    /// <summary>At most 4 questions, under the <c>default</c> locale.</summary>
    Task SetIceBreakersAsync(AccountAccess access, IReadOnlyList<IceBreaker> iceBreakers, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IceBreaker>> GetIceBreakersAsync(AccountAccess access, CancellationToken cancellationToken = default);

    Task DeleteIceBreakersAsync(AccountAccess access, CancellationToken cancellationToken = default);
}
