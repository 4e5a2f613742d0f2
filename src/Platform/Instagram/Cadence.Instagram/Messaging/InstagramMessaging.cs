using System.Text;
using Cadence.BuildingBlocks.Results;
using Cadence.Instagram.Http;

namespace Cadence.Instagram.Messaging;

internal sealed class InstagramMessaging(GraphHttp graph) : IInstagramMessaging
{
    public const int MaxTextBytes = 1000;
    public const int MaxIceBreakers = 4;

    public Task<SentMessage> SendTextAsync(AccountAccess access, string recipientId, string text, CancellationToken cancellationToken = default)
    {
        ValidateText(text);
        return SendAsync(access, new SendRequest(new Recipient(recipientId, null), new OutgoingMessage(text, null)), cancellationToken);
    }

    public Task<SentMessage> SendAttachmentAsync(AccountAccess access, string recipientId, MessageAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var errors = new List<Error>();
        ContainerRules.Url(errors, nameof(attachment.Url), attachment.Url);
        if (errors.Count > 0)
        {
            throw new InstagramValidationException(errors);
        }

        var type = attachment.Type.ToString().ToLowerInvariant();
        return SendAsync(access, new SendRequest(new Recipient(recipientId, null), new OutgoingMessage(null, new OutgoingAttachment(type, new AttachmentPayload(attachment.Url)))), cancellationToken);
    }

    public Task<SentMessage> SendPrivateReplyAsync(AccountAccess access, string commentId, string text, CancellationToken cancellationToken = default)
    {
        ValidateText(text);
        return SendAsync(access, new SendRequest(new Recipient(null, commentId), new OutgoingMessage(text, null)), cancellationToken);
    }

    public async Task<InstagramPage<Conversation>> GetConversationsPageAsync(AccountAccess access, PageCursor? cursor = null, string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = new Parameters().Add("platform", "instagram").Add("fields", "id,updated_time").Add("user_id", userId).AddCursor(cursor);
        return (await graph.GetAsync<GraphPage<Conversation>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/conversations", query, cancellationToken).ConfigureAwait(false)).ToPage();
    }

    public async Task<IReadOnlyList<MessageSummary>> GetConversationMessagesAsync(string token, string conversationId, CancellationToken cancellationToken = default)
    {
        var response = await graph.GetAsync<ConversationMessages>(token, GraphHttp.Segment(conversationId), new Parameters().Add("fields", "messages"), cancellationToken).ConfigureAwait(false);
        return response.Messages?.Data ?? [];
    }

    public async Task<InstagramMessage> GetMessageAsync(string token, string messageId, CancellationToken cancellationToken = default)
    {
        var message = await graph.GetAsync<MessageResponse>(token, GraphHttp.Segment(messageId), new Parameters().Add("fields", "id,created_time,from,to,message"), cancellationToken).ConfigureAwait(false);
        return new InstagramMessage(message.Id, message.CreatedTime, message.From, message.To?.Data ?? [], message.Message);
    }

    public Task SetIceBreakersAsync(AccountAccess access, IReadOnlyList<IceBreaker> iceBreakers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(iceBreakers);
        if (iceBreakers.Count is 0 or > MaxIceBreakers || iceBreakers.Any(i => string.IsNullOrWhiteSpace(i.Question) || string.IsNullOrWhiteSpace(i.Payload)))
        {
            throw new InstagramValidationException([Error.Validation("IceBreakers", $"Give 1 to {MaxIceBreakers} questions, each with a payload.")]);
        }

        var body = new IceBreakerProfile("instagram", [new IceBreakerLocale(iceBreakers, "default")]);
        return graph.PostJsonAsync<GraphSuccess>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/messenger_profile", body, cancellationToken);
    }

    public async Task<IReadOnlyList<IceBreaker>> GetIceBreakersAsync(AccountAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var response = await graph.GetAsync<GraphData<IceBreakerProfile>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/messenger_profile",
            new Parameters().Add("fields", "ice_breakers"), cancellationToken).ConfigureAwait(false);
        return (response.Data ?? []).SelectMany(p => p.IceBreakers ?? []).SelectMany(l => l.CallToActions ?? []).ToList();
    }

    public Task DeleteIceBreakersAsync(AccountAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return graph.DeleteAsync<GraphSuccess>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/messenger_profile", new FieldsBody(["ice_breakers"]), cancellationToken);
    }

    private async Task<SentMessage> SendAsync(AccountAccess access, SendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        return await graph.PostJsonAsync<SentMessage>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/messages", request, cancellationToken).ConfigureAwait(false);
    }

    private static void ValidateText(string text)
    {
        if (string.IsNullOrEmpty(text) || Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
        {
            throw new InstagramValidationException([Error.Validation("Text", $"A message needs text of at most {MaxTextBytes} bytes.")]);
        }
    }

    private sealed record SendRequest(Recipient Recipient, OutgoingMessage Message);

    private sealed record Recipient(string? Id, string? CommentId);

    private sealed record OutgoingMessage(string? Text, OutgoingAttachment? Attachment);

    private sealed record OutgoingAttachment(string Type, AttachmentPayload Payload);

    private sealed record AttachmentPayload(string Url);

    private sealed record ConversationMessages(string? Id, GraphData<MessageSummary>? Messages);

    private sealed record MessageResponse(string Id, DateTimeOffset? CreatedTime, MessageParticipant? From, GraphData<MessageParticipant>? To, string? Message);

    private sealed record IceBreakerProfile(string? Platform, IReadOnlyList<IceBreakerLocale>? IceBreakers);

    private sealed record IceBreakerLocale(IReadOnlyList<IceBreaker>? CallToActions, string? Locale);

    private sealed record FieldsBody(IReadOnlyList<string> Fields);
}
