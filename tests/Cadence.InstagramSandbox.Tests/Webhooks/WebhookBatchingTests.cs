using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;
using Cadence.InstagramSandbox.Tests.Publishing;

namespace Cadence.InstagramSandbox.Tests.Webhooks;

public sealed class WebhookBatchingTests(ManualWebhookSandboxFactory factory, LoopbackServer receiver)
    : IClassFixture<ManualWebhookSandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    [Fact]
    public async Task Updates_queued_between_deliveries_arrive_in_one_batch()
    {
        await api.AdminAsync(HttpMethod.Post, "webhooks", new JsonObject { ["callback_url"] = receiver.BaseUrl + "/hook" });
        var account = await api.CreateAccountAsync();
        (await api.PostFormAsync("/me/subscribed_apps", account.Token, new Dictionary<string, string> { ["subscribed_fields"] = "comments,messages" }))
            .ShouldSucceed();
        var media = await PublishingTests.PublishImageAsync(api, account, receiver.BaseUrl);

        for (var i = 0; i < 3; i++)
        {
            await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/comments", new JsonObject { ["media_id"] = media, ["text"] = $"c{i}" });
        }
        await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/messages", new JsonObject { ["text"] = "dm" });
        (await api.AdminAsync(HttpMethod.Post, "webhooks/flush")).ShouldSucceed();

        var hook = Assert.Single(receiver.Hooks);
        var entries = JsonNode.Parse(hook.Body)!["entry"]!.AsArray();
        Assert.Equal(3, entries.Single(e => e!["changes"] is not null)!["changes"]!.AsArray().Count);
        Assert.Single(entries.Single(e => e!["messaging"] is not null)!["messaging"]!.AsArray());
    }
}
