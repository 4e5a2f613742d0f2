using System.Text.Json.Nodes;
using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

public sealed class EngagementContractTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    private IInstagramComments Comments => sandbox.Get<IInstagramComments>();
    private IInstagramMessaging Messaging => sandbox.Get<IInstagramMessaging>();

    [Fact]
    public async Task A_followers_comment_is_listed_replied_to_hidden_unhidden_and_deleted()
    {
        var (access, mediaId) = await PublishedAsync();
        var commented = await sandbox.AdminAsync($"accounts/{access.AccountId}/comments", new JsonObject { ["media_id"] = mediaId, ["text"] = "Love it", ["username"] = "fan1" });
        var commentId = commented["id"]!.GetValue<string>();

        var listed = await Comments.GetCommentsPageAsync(access.AccessToken, mediaId);
        var replyId = await Comments.ReplyAsync(access.AccessToken, commentId, "Thank you!");
        var replies = await Comments.GetRepliesPageAsync(access.AccessToken, commentId);
        await Comments.SetHiddenAsync(access.AccessToken, commentId, hidden: true);
        var hidden = await Comments.GetCommentAsync(access.AccessToken, commentId);
        await Comments.SetHiddenAsync(access.AccessToken, commentId, hidden: false);
        var shown = await Comments.GetCommentAsync(access.AccessToken, commentId);
        await Comments.DeleteAsync(access.AccessToken, commentId);

        var comment = Assert.Single(listed.Items, c => c.Id == commentId);
        Assert.Equal(("Love it", "fan1"), (comment.Text, comment.From?.Username));
        Assert.Contains(replies.Items, r => r.Id == replyId);
        Assert.True(hidden.Hidden);
        Assert.False(shown.Hidden);
        var afterDelete = await Comments.GetCommentsPageAsync(access.AccessToken, mediaId);
        Assert.DoesNotContain(afterDelete.Items, c => c.Id == commentId);
    }

    [Fact]
    public async Task Comments_are_paged_through_every_comment()
    {
        var (access, mediaId) = await PublishedAsync();
        for (var i = 0; i < 3; i++)
        {
            await sandbox.AdminAsync($"accounts/{access.AccountId}/comments", new JsonObject { ["media_id"] = mediaId, ["text"] = $"c{i}" });
        }

        var all = new List<InstagramComment>();
        await foreach (var comment in Comments.GetAllCommentsAsync(access.AccessToken, mediaId))
        {
            all.Add(comment);
        }

        Assert.Equal(3, all.Count);
    }

    [Fact]
    public async Task A_message_is_answered_and_the_conversation_read_back()
    {
        var access = await sandbox.CreateAccountAsync();
        var incoming = await sandbox.AdminAsync($"accounts/{access.AccountId}/messages", new JsonObject { ["text"] = "Open today?", ["username"] = "buyer" });
        var senderId = incoming["sender_id"]!.GetValue<string>();

        var sent = await Messaging.SendTextAsync(access, senderId, "Yes, until 6 pm");
        var attachment = await Messaging.SendAttachmentAsync(access, senderId, new MessageAttachment(AttachmentType.Image, sandbox.Image()));
        var conversations = await Messaging.GetConversationsPageAsync(access, userId: senderId);
        var conversation = Assert.Single(conversations.Items);
        var messages = await Messaging.GetConversationMessagesAsync(access.AccessToken, conversation.Id);
        var first = await Messaging.GetMessageAsync(access.AccessToken, incoming["mid"]!.GetValue<string>());

        Assert.Equal(senderId, sent.RecipientId);
        Assert.False(string.IsNullOrEmpty(attachment.MessageId));
        Assert.Contains(messages, m => m.Id == sent.MessageId);
        Assert.Equal(("Open today?", "buyer"), (first.Message, first.From?.Username));
    }

    [Fact]
    public async Task Messaging_after_the_24_hour_window_is_refused()
    {
        var access = await sandbox.CreateAccountAsync();
        var incoming = await sandbox.AdminAsync($"accounts/{access.AccountId}/messages", new JsonObject { ["text"] = "hello" });
        await sandbox.AdvanceClockAsync(TimeSpan.FromHours(25));

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => Messaging.SendTextAsync(access, incoming["sender_id"]!.GetValue<string>(), "late"));

        Assert.Equal(InstagramErrorKind.OutsideMessagingWindow, failure.Error.Kind);
    }

    [Fact]
    public async Task A_private_reply_goes_once_per_comment()
    {
        var (access, mediaId) = await PublishedAsync();
        var commented = await sandbox.AdminAsync($"accounts/{access.AccountId}/comments", new JsonObject { ["media_id"] = mediaId, ["text"] = "price?" });
        var commentId = commented["id"]!.GetValue<string>();

        var sent = await Messaging.SendPrivateReplyAsync(access, commentId, "Sent you the prices");

        Assert.False(string.IsNullOrEmpty(sent.MessageId));
        await Assert.ThrowsAsync<InstagramApiException>(() => Messaging.SendPrivateReplyAsync(access, commentId, "again"));
    }

    [Fact]
    public async Task Ice_breakers_are_set_read_and_deleted()
    {
        var access = await sandbox.CreateAccountAsync();

        await Messaging.SetIceBreakersAsync(access, [new IceBreaker("Prices?", "PRICES"), new IceBreaker("Hours?", "HOURS")]);
        var read = await Messaging.GetIceBreakersAsync(access);
        await Messaging.DeleteIceBreakersAsync(access);

        Assert.Equal([new IceBreaker("Prices?", "PRICES"), new IceBreaker("Hours?", "HOURS")], read);
        Assert.Empty(await Messaging.GetIceBreakersAsync(access));
    }

    private async Task<(AccountAccess Access, string MediaId)> PublishedAsync()
    {
        var access = await sandbox.CreateAccountAsync();
        var publishing = sandbox.Get<IInstagramPublishing>();
        var mediaId = await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image())));
        return (access, mediaId);
    }
}
