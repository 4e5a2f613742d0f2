using System.Net;
using System.Text.Json;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Messaging;

public sealed class MessagingTests
{
    [Fact]
    public async Task Text_is_sent_as_json_to_the_accounts_messages_edge()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"recipient_id":"igsid-9","message_id":"mid.1"}""");

        var sent = await fake.Get<IInstagramMessaging>().SendTextAsync(FakeInstagram.Access, "igsid-9", "hi");

        var request = fake.Single();
        Assert.Equal("/v25.0/17841400000000001/messages", request.Url.AbsolutePath);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("""{"recipient":{"id":"igsid-9"},"message":{"text":"hi"}}""", request.Body);
        Assert.Equal(("igsid-9", "mid.1"), (sent.RecipientId, sent.MessageId));
    }

    [Fact]
    public async Task An_attachment_and_a_private_reply_have_their_documented_shapes()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"recipient_id":"a","message_id":"m1"}""").ReplyOk("""{"recipient_id":"b","message_id":"m2"}""");
        var messaging = fake.Get<IInstagramMessaging>();

        await messaging.SendAttachmentAsync(FakeInstagram.Access, "igsid-9", new MessageAttachment(AttachmentType.Image, "https://cdn.example/a.png"));
        await messaging.SendPrivateReplyAsync(FakeInstagram.Access, "c1", "Sent you the details");

        Assert.Equal("""{"recipient":{"id":"igsid-9"},"message":{"attachment":{"type":"image","payload":{"url":"https://cdn.example/a.png"}}}}""", fake.Handler.Requests[0].Body);
        Assert.Equal("""{"recipient":{"comment_id":"c1"},"message":{"text":"Sent you the details"}}""", fake.Handler.Requests[1].Body);
    }

    [Fact]
    public async Task Text_over_1000_bytes_is_refused_before_sending()
    {
        using var fake = new FakeInstagram();

        await Assert.ThrowsAsync<InstagramValidationException>(() => fake.Get<IInstagramMessaging>().SendTextAsync(FakeInstagram.Access, "x", new string('é', 501)));

        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task Sending_outside_the_window_is_reported_as_such()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.Error(10, 2534022, "This message is sent outside of allowed window"));

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramMessaging>().SendTextAsync(FakeInstagram.Access, "x", "late"));

        Assert.Equal(InstagramErrorKind.OutsideMessagingWindow, failure.Error.Kind);
    }

    [Fact]
    public async Task Conversations_messages_and_a_message_are_read()
    {
        using var fake = new FakeInstagram();
        fake.Handler
            .ReplyOk("""{"data":[{"id":"conv1","updated_time":"2026-05-01T10:00:00+0000"}]}""")
            .ReplyOk("""{"messages":{"data":[{"id":"mid.1","created_time":"2026-05-01T09:59:00+0000"}]},"id":"conv1"}""")
            .ReplyOk("""{"id":"mid.1","created_time":"2026-05-01T09:59:00+0000","from":{"id":"igsid-9","username":"fan"},"to":{"data":[{"id":"1784","username":"brand"}]},"message":"hello"}""");
        var messaging = fake.Get<IInstagramMessaging>();

        var conversations = await messaging.GetConversationsPageAsync(FakeInstagram.Access, userId: "igsid-9");
        var messages = await messaging.GetConversationMessagesAsync(FakeInstagram.Token, "conv1");
        var message = await messaging.GetMessageAsync(FakeInstagram.Token, "mid.1");

        Assert.Equal("instagram", fake.Handler.Requests[0].Query["platform"]);
        Assert.Equal("igsid-9", fake.Handler.Requests[0].Query["user_id"]);
        Assert.Equal("conv1", Assert.Single(conversations.Items).Id);
        Assert.Equal("mid.1", Assert.Single(messages).Id);
        Assert.Equal(("fan", "brand", "hello"), (message.From!.Username, Assert.Single(message.To).Username, message.Message));
    }

    [Fact]
    public async Task Ice_breakers_are_set_read_and_deleted()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"success":true}""")
            .ReplyOk("""{"data":[{"ice_breakers":[{"call_to_actions":[{"question":"Prices?","payload":"PRICES"}],"locale":"default"}]}]}""")
            .ReplyOk("""{"success":true}""");
        var messaging = fake.Get<IInstagramMessaging>();

        await messaging.SetIceBreakersAsync(FakeInstagram.Access, [new IceBreaker("Prices?", "PRICES")]);
        var read = await messaging.GetIceBreakersAsync(FakeInstagram.Access);
        await messaging.DeleteIceBreakersAsync(FakeInstagram.Access);

        using var body = JsonDocument.Parse(fake.Handler.Requests[0].Body!);
        Assert.Equal("instagram", body.RootElement.GetProperty("platform").GetString());
        Assert.Equal("default", body.RootElement.GetProperty("ice_breakers")[0].GetProperty("locale").GetString());
        Assert.Equal("Prices?", body.RootElement.GetProperty("ice_breakers")[0].GetProperty("call_to_actions")[0].GetProperty("question").GetString());
        Assert.Equal(new IceBreaker("Prices?", "PRICES"), Assert.Single(read));
        Assert.Equal(HttpMethod.Delete, fake.Handler.Requests[2].Method);
        Assert.Equal("""{"fields":["ice_breakers"]}""", fake.Handler.Requests[2].Body);
    }

    [Fact]
    public async Task More_than_four_ice_breakers_are_refused()
    {
        using var fake = new FakeInstagram();
        var five = Enumerable.Range(1, 5).Select(i => new IceBreaker($"Q{i}", $"P{i}")).ToList();

        await Assert.ThrowsAsync<InstagramValidationException>(() => fake.Get<IInstagramMessaging>().SetIceBreakersAsync(FakeInstagram.Access, five));
    }
}
