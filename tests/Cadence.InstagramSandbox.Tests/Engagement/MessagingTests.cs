using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;
using Cadence.InstagramSandbox.Tests.Publishing;

namespace Cadence.InstagramSandbox.Tests.Engagement;

public sealed class MessagingTests(SandboxFactory factory, LoopbackServer files) : IClassFixture<SandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    private async Task<string> DirectMessageAsync(TestAccount account, string text)
    {
        var dm = (await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/messages", new JsonObject { ["text"] = text, ["username"] = "visitor" }))
            .ShouldSucceed();
        return dm.Body["sender_id"]!.GetValue<string>();
    }

    private Task<GraphResponse> SendAsync(TestAccount account, JsonObject recipient, JsonObject message) =>
        api.PostJsonAsync($"/{account.IgId}/messages", account.Token, new JsonObject { ["recipient"] = recipient, ["message"] = message });

    [Fact]
    public async Task Reply_inside_the_24_hour_window_is_sent_and_listed_in_the_conversation()
    {
        var account = await api.CreateAccountAsync();
        var sender = await DirectMessageAsync(account, "Are you open?");

        var sent = (await SendAsync(account, new JsonObject { ["id"] = sender }, new JsonObject { ["text"] = "Yes, until 5pm" })).ShouldSucceed();
        Assert.Equal(sender, sent.Body["recipient_id"]!.GetValue<string>());
        Assert.NotNull(sent.Body["message_id"]);

        var conversations = (await api.GetAsync($"/me/conversations?platform=instagram&user_id={sender}&fields=id,updated_time,messages{{id,message,from}}", account.Token)).ShouldSucceed();
        var messages = conversations.Body["data"]![0]!["messages"]!["data"]!.AsArray();
        Assert.Equal(["Yes, until 5pm", "Are you open?"], messages.Select(m => m!["message"]!.GetValue<string>()));
        var messageId = messages[0]!["id"]!.GetValue<string>();
        var message = (await api.GetAsync($"/{messageId}?fields=id,created_time,from,to,message", account.Token)).ShouldSucceed();
        Assert.Equal(account.IgId, message.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(sender, message.Body["to"]!["data"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Messages_outside_the_window_or_too_long_or_to_strangers_are_refused()
    {
        var account = await api.CreateAccountAsync();
        (await SendAsync(account, new JsonObject { ["id"] = "6999" }, new JsonObject { ["text"] = "hi" })).ShouldFail(100, 2018001);
        var sender = await DirectMessageAsync(account, "hello");

        (await SendAsync(account, new JsonObject { ["id"] = sender }, new JsonObject { ["text"] = new string('é', 501) })).ShouldFail(100, 2534064);
        (await SendAsync(account, new JsonObject { ["id"] = sender }, new JsonObject
        {
            ["attachment"] = new JsonObject { ["type"] = "image", ["payload"] = new JsonObject { ["url"] = $"{files.BaseUrl}/img/1080x1080.jpg" } },
        })).ShouldSucceed();

        await api.AdvanceAsync(TimeSpan.FromHours(24.1));
        (await SendAsync(account, new JsonObject { ["id"] = sender }, new JsonObject { ["text"] = "late" })).ShouldFail(10, 2534022);
    }

    [Fact]
    public async Task Private_reply_goes_once_per_comment_within_seven_days()
    {
        var account = await api.CreateAccountAsync();
        var media = await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);
        var comment = (await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/comments", new JsonObject { ["media_id"] = media, ["text"] = "price?" })).Id!;
        var old = (await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/comments", new JsonObject { ["media_id"] = media, ["text"] = "old" })).Id!;

        (await SendAsync(account, new JsonObject { ["comment_id"] = comment }, new JsonObject { ["text"] = "Sent you the price" })).ShouldSucceed();
        (await SendAsync(account, new JsonObject { ["comment_id"] = comment }, new JsonObject { ["text"] = "again" })).ShouldFail(10, 2534023);

        await api.AdvanceAsync(TimeSpan.FromDays(7.1));
        (await SendAsync(account, new JsonObject { ["comment_id"] = old }, new JsonObject { ["text"] = "late" })).ShouldFail(10, 2534022);
    }

    [Fact]
    public async Task Ice_breakers_are_set_read_and_deleted_with_at_most_four_questions()
    {
        var account = await api.CreateAccountAsync();
        JsonObject Profile(int count, string locale = "default") => new()
        {
            ["platform"] = "instagram",
            ["ice_breakers"] = new JsonArray(new JsonObject
            {
                ["call_to_actions"] = new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject { ["question"] = $"Q{i}?", ["payload"] = $"P{i}" }).ToArray()),
                ["locale"] = locale,
            }),
        };

        (await api.PostJsonAsync("/me/messenger_profile", account.Token, Profile(5))).ShouldFail(100, null);
        (await api.PostJsonAsync("/me/messenger_profile", account.Token, Profile(2, "fr_FR"))).ShouldFail(100, null);
        (await api.PostJsonAsync("/me/messenger_profile", account.Token, Profile(4))).ShouldSucceed();

        var read = (await api.GetAsync("/me/messenger_profile?fields=ice_breakers", account.Token)).ShouldSucceed();
        Assert.Equal(4, read.Body["data"]![0]!["ice_breakers"]![0]!["call_to_actions"]!.AsArray().Count);

        (await api.PostJsonAsync("/me/messenger_profile", account.Token, new JsonObject { ["fields"] = new JsonArray("ice_breakers") }, HttpMethod.Delete)).ShouldSucceed();
        Assert.Empty((await api.GetAsync("/me/messenger_profile?fields=ice_breakers", account.Token)).Body["data"]!.AsArray());
    }
}
