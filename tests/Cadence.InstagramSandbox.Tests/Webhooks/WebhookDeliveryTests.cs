using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;
using Cadence.InstagramSandbox.Tests.Publishing;

namespace Cadence.InstagramSandbox.Tests.Webhooks;

public sealed class WebhookDeliveryTests(SandboxFactory factory, LoopbackServer receiver) : IClassFixture<SandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    private async Task<TestAccount> SubscribedAccountAsync(double duplicateRate = 0)
    {
        (await api.AdminAsync(HttpMethod.Post, "webhooks", new JsonObject { ["callback_url"] = receiver.BaseUrl + "/hook", ["duplicate_rate"] = duplicateRate }))
            .ShouldSucceed();
        var account = await api.CreateAccountAsync();
        (await api.PostFormAsync("/me/subscribed_apps", account.Token, new Dictionary<string, string> { ["subscribed_fields"] = "comments,messages" }))
            .ShouldSucceed();
        return account;
    }

    private async Task<List<ReceivedHook>> WaitForHooksAsync(string marker, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var hooks = receiver.Hooks.Where(h => h.Body.Contains(marker, StringComparison.Ordinal)).ToList();
            if (hooks.Count >= count)
            {
                return hooks;
            }
            await Task.Delay(50);
        }
        return receiver.Hooks.Where(h => h.Body.Contains(marker, StringComparison.Ordinal)).ToList();
    }

    private static string Signature(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("test-secret"), Encoding.UTF8.GetBytes(body)));

    [Fact]
    public async Task Follower_comment_is_delivered_as_a_signed_changes_payload()
    {
        var account = await SubscribedAccountAsync();
        var media = await PublishingTests.PublishImageAsync(api, account, receiver.BaseUrl);
        var marker = "great-coffee-" + Guid.NewGuid().ToString("N")[..6];

        var comment = (await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/comments", new JsonObject { ["media_id"] = media, ["text"] = marker, ["username"] = "fan" })).Id!;

        var hook = Assert.Single(await WaitForHooksAsync(marker, 1));
        Assert.Equal(Signature(hook.Body), hook.Signature);
        var payload = JsonNode.Parse(hook.Body)!;
        Assert.Equal("instagram", payload["object"]!.GetValue<string>());
        var entry = payload["entry"]![0]!;
        Assert.Equal(account.IgId, entry["id"]!.GetValue<string>());
        var change = entry["changes"]![0]!;
        Assert.Equal("comments", change["field"]!.GetValue<string>());
        Assert.Equal(comment, change["value"]!["id"]!.GetValue<string>());
        Assert.Equal("fan", change["value"]!["from"]!["username"]!.GetValue<string>());
        Assert.Equal(media, change["value"]!["media"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Direct_message_is_delivered_as_messaging_with_millisecond_timestamps_and_duplicates_when_configured()
    {
        var account = await SubscribedAccountAsync(duplicateRate: 1);
        var marker = "dm-" + Guid.NewGuid().ToString("N")[..6];

        await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/messages", new JsonObject { ["text"] = marker });

        var hooks = await WaitForHooksAsync(marker, 2);
        Assert.Equal(2, hooks.Count);
        Assert.Equal(hooks[0].Body, hooks[1].Body);
        var messaging = JsonNode.Parse(hooks[0].Body)!["entry"]![0]!["messaging"]![0]!;
        Assert.Equal(marker, messaging["message"]!["text"]!.GetValue<string>());
        Assert.Equal(account.IgId, messaging["recipient"]!["id"]!.GetValue<string>());
        Assert.True(messaging["timestamp"]!.GetValue<long>() > 1_000_000_000_000);
        Assert.Equal(Signature(hooks[0].Body), hooks[0].Signature);
    }

    [Fact]
    public async Task Failed_delivery_is_retried()
    {
        var account = await SubscribedAccountAsync();
        var marker = "retry-" + Guid.NewGuid().ToString("N")[..6];
        receiver.FailNextHooks(1);

        await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/mentions", new JsonObject { ["text"] = $"@{account.Username} {marker}" });

        Assert.Single(await WaitForHooksAsync(marker, 1));
        var deliveries = (await api.AdminAsync(HttpMethod.Get, "webhooks/deliveries")).Body["data"]!.AsArray()
            .Where(d => d!["body"]!.GetValue<string>().Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(500, deliveries[0]!["status"]!.GetValue<int>());
        Assert.Equal(200, deliveries[^1]!["status"]!.GetValue<int>());
        Assert.Equal(2, deliveries[^1]!["attempt"]!.GetValue<int>());
    }

    [Fact]
    public async Task Accounts_that_did_not_subscribe_send_nothing()
    {
        (await api.AdminAsync(HttpMethod.Post, "webhooks", new JsonObject { ["callback_url"] = receiver.BaseUrl + "/hook" })).ShouldSucceed();
        var account = await api.CreateAccountAsync();
        var marker = "silent-" + Guid.NewGuid().ToString("N")[..6];

        await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/messages", new JsonObject { ["text"] = marker });
        await api.AdminAsync(HttpMethod.Post, "webhooks/flush");
        await Task.Delay(200);

        Assert.DoesNotContain(receiver.Hooks, h => h.Body.Contains(marker, StringComparison.Ordinal));
    }
}
