using System.Text.Json.Nodes;
using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

public sealed class InsightsAndWebhooksContractTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    [Fact]
    public async Task Media_insights_of_a_published_post_are_read_by_their_current_names()
    {
        var (access, mediaId) = await PublishedAsync();
        await sandbox.AdvanceClockAsync(TimeSpan.FromHours(2));

        var metrics = await sandbox.Get<IInstagramInsights>().GetMediaInsightsAsync(access.AccessToken, mediaId, MediaSurface.Feed, ["views", "reach", "likes"]);

        Assert.Equal(["views", "reach", "likes"], metrics.Select(m => m.Name));
        Assert.All(metrics, m => Assert.NotNull(m.Values?[0].Value));
    }

    [Fact]
    public async Task Account_insights_come_as_total_value_with_a_breakdown_and_as_time_series()
    {
        var (access, _) = await PublishedAsync();
        await sandbox.AdvanceClockAsync(TimeSpan.FromHours(2));
        var insights = sandbox.Get<IInstagramInsights>();

        var total = await insights.GetAccountInsightsAsync(access, new AccountInsightsRequest(["reach"]) { Breakdown = "media_product_type" });
        var series = await insights.GetAccountInsightsAsync(access, new AccountInsightsRequest(["reach"], MetricType: InsightMetricType.TimeSeries));

        Assert.NotNull(Assert.Single(total).TotalValue?.Value);
        Assert.NotEmpty(Assert.Single(series).Values!);
    }

    [Fact]
    public async Task A_simulated_comment_arrives_signed_and_parses_as_a_typed_comment()
    {
        var (access, mediaId) = await PublishedAsync();
        await sandbox.AdminAsync("webhooks", new JsonObject { ["callback_url"] = $"{sandbox.BaseUrl}/hook" });
        var commented = await sandbox.AdminAsync($"accounts/{access.AccountId}/comments", new JsonObject { ["media_id"] = mediaId, ["text"] = "hooked" });
        var commentId = commented["id"]!.GetValue<string>();

        var hook = await WaitForHookAsync(h => System.Text.Encoding.UTF8.GetString(h.Body).Contains(commentId, StringComparison.Ordinal));

        var webhooks = sandbox.Get<InstagramWebhooks>();
        Assert.True(webhooks.IsSignatureValid(hook.Body, hook.Signature));
        Assert.False(webhooks.IsSignatureValid([.. hook.Body, (byte)' '], hook.Signature));
        var change = WebhookParser.Parse(hook.Body).Entries.SelectMany(e => e.Changes).Single(c => c.Comment?.Id == commentId);
        Assert.Equal(("comments", "hooked", mediaId), (change.Field, change.Comment!.Text, change.Comment.Media?.Id));
    }

    [Fact]
    public async Task A_duplicated_delivery_parses_to_the_same_de_duplication_key()
    {
        var (access, mediaId) = await PublishedAsync();
        await sandbox.AdminAsync("webhooks", new JsonObject { ["callback_url"] = $"{sandbox.BaseUrl}/hook", ["duplicate_rate"] = 1.0 });
        try
        {
            var commented = await sandbox.AdminAsync($"accounts/{access.AccountId}/comments", new JsonObject { ["media_id"] = mediaId, ["text"] = "twice" });
            var commentId = commented["id"]!.GetValue<string>();

            var hooks = await WaitForHooksAsync(h => System.Text.Encoding.UTF8.GetString(h.Body).Contains(commentId, StringComparison.Ordinal), count: 2);

            var keys = hooks.Select(h => WebhookParser.Parse(h.Body).Entries.SelectMany(e => e.Changes).Single(c => c.Comment?.Id == commentId).DeduplicationKey).ToList();
            Assert.All(hooks, h => Assert.True(sandbox.Get<InstagramWebhooks>().IsSignatureValid(h.Body, h.Signature)));
            Assert.Single(keys.Distinct());
        }
        finally
        {
            await sandbox.AdminAsync("webhooks", new JsonObject { ["callback_url"] = $"{sandbox.BaseUrl}/hook", ["duplicate_rate"] = 0.0 });
        }
    }

    private async Task<ReceivedHook> WaitForHookAsync(Func<ReceivedHook, bool> match) => (await WaitForHooksAsync(match, count: 1))[0];

    private async Task<List<ReceivedHook>> WaitForHooksAsync(Func<ReceivedHook, bool> match, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            await sandbox.AdminAsync("webhooks/flush");
            var hooks = sandbox.Hooks.Where(match).ToList();
            if (hooks.Count >= count)
            {
                return hooks;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} webhook deliveries arrived.");
    }

    private async Task<(AccountAccess Access, string MediaId)> PublishedAsync()
    {
        var access = await sandbox.CreateAccountAsync();
        var publishing = sandbox.Get<IInstagramPublishing>();
        var mediaId = await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image())));
        return (access, mediaId);
    }
}
