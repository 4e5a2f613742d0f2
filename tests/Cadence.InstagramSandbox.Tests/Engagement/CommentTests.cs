using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;
using Cadence.InstagramSandbox.Tests.Publishing;

namespace Cadence.InstagramSandbox.Tests.Engagement;

public sealed class CommentTests(SandboxFactory factory, LoopbackServer files) : IClassFixture<SandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    private async Task<string> FollowerCommentAsync(TestAccount account, string mediaId, string text, string? parentId = null)
    {
        var body = new JsonObject { ["media_id"] = mediaId, ["text"] = text, ["username"] = "fan_" + text.Length };
        if (parentId is not null)
        {
            body["parent_id"] = parentId;
        }
        return (await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/comments", body)).ShouldSucceed().Id!;
    }

    [Fact]
    public async Task Comments_list_newest_first_with_replies_and_paging()
    {
        var account = await api.CreateAccountAsync();
        var media = await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);
        var first = await FollowerCommentAsync(account, media, "first");
        await api.AdvanceAsync(TimeSpan.FromSeconds(1));
        await FollowerCommentAsync(account, media, "second");
        await api.AdvanceAsync(TimeSpan.FromSeconds(1));
        await FollowerCommentAsync(account, media, "reply from fan", first);

        var page = (await api.GetAsync($"/{media}/comments?fields=id,text,username,from,hidden,replies{{id,text,parent_id}}&limit=1", account.Token)).ShouldSucceed();

        Assert.Equal("second", page.Body["data"]![0]!["text"]!.GetValue<string>());
        var after = page.Body["paging"]!["cursors"]!["after"]!.GetValue<string>();
        var next = (await api.GetAsync($"/{media}/comments?fields=id,text,replies{{id,text,parent_id}}&limit=1&after={after}", account.Token)).ShouldSucceed();
        var top = next.Body["data"]![0]!;
        Assert.Equal("first", top["text"]!.GetValue<string>());
        Assert.Equal("reply from fan", top["replies"]!["data"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(first, top["replies"]!["data"]![0]!["parent_id"]!.GetValue<string>());
        var counts = (await api.GetAsync($"/{media}?fields=comments_count", account.Token)).ShouldSucceed();
        Assert.Equal(3, counts.Body["comments_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Owner_comments_replies_hides_unhides_and_deletes()
    {
        var account = await api.CreateAccountAsync();
        var media = await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);
        var firstComment = (await api.PostFormAsync($"/{media}/comments", account.Token, new Dictionary<string, string> { ["message"] = "Link in bio" }))
            .ShouldSucceed().Id!;
        var fan = await FollowerCommentAsync(account, media, "where?");

        var reply = (await api.PostFormAsync($"/{fan}/replies", account.Token, new Dictionary<string, string> { ["message"] = "Bondi!" })).ShouldSucceed().Id!;
        var replies = (await api.GetAsync($"/{fan}/replies?fields=id,text,from", account.Token)).ShouldSucceed();
        Assert.Equal(reply, replies.Body["data"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(account.IgId, replies.Body["data"]![0]!["from"]!["id"]!.GetValue<string>());

        (await api.PostFormAsync($"/{fan}", account.Token, new Dictionary<string, string> { ["hide"] = "true" })).ShouldSucceed();
        Assert.True((await api.GetAsync($"/{fan}?fields=hidden", account.Token)).Body["hidden"]!.GetValue<bool>());
        (await api.PostFormAsync($"/{fan}", account.Token, new Dictionary<string, string> { ["hide"] = "false" })).ShouldSucceed();
        Assert.False((await api.GetAsync($"/{fan}?fields=hidden", account.Token)).Body["hidden"]!.GetValue<bool>());
        (await api.PostFormAsync($"/{firstComment}", account.Token, new Dictionary<string, string> { ["hide"] = "true" })).ShouldSucceed();
        Assert.False((await api.GetAsync($"/{firstComment}?fields=hidden", account.Token)).Body["hidden"]!.GetValue<bool>());

        Assert.True((await api.DeleteAsync($"/{fan}", account.Token)).ShouldSucceed().Body["success"]!.GetValue<bool>());
        (await api.GetAsync($"/{fan}?fields=id", account.Token)).ShouldFail(100, 33);
        (await api.GetAsync($"/{reply}?fields=id", account.Token)).ShouldFail(100, 33);
    }

    [Fact]
    public async Task Comments_can_be_turned_off_on_media()
    {
        var account = await api.CreateAccountAsync();
        var media = await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);

        (await api.PostFormAsync($"/{media}", account.Token, new Dictionary<string, string> { ["comment_enabled"] = "false" })).ShouldSucceed();

        Assert.False((await api.GetAsync($"/{media}?fields=is_comment_enabled", account.Token)).Body["is_comment_enabled"]!.GetValue<bool>());
        (await api.PostFormAsync($"/{media}/comments", account.Token, new Dictionary<string, string> { ["message"] = "x" })).ShouldFail(100, null);
    }

    [Fact]
    public async Task Media_insights_grow_over_time_and_deprecated_metrics_are_refused()
    {
        var account = await api.CreateAccountAsync(followers: 5000);
        var media = await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);

        var early = (await api.GetAsync($"/{media}/insights?metric=reach,views,likes,saved,shares,total_interactions", account.Token)).ShouldSucceed();
        await api.AdvanceAsync(TimeSpan.FromHours(30));
        var later = (await api.GetAsync($"/{media}/insights?metric=reach,views,likes,saved,shares,total_interactions", account.Token)).ShouldSucceed();

        var reachEarly = early.Body["data"]![0]!["values"]![0]!["value"]!.GetValue<int>();
        var reachLater = later.Body["data"]![0]!["values"]![0]!["value"]!.GetValue<int>();
        Assert.True(reachLater > reachEarly, $"{reachEarly} then {reachLater}");
        Assert.Equal("lifetime", later.Body["data"]![0]!["period"]!.GetValue<string>());
        Assert.Equal($"{media}/insights/reach/lifetime", later.Body["data"]![0]!["id"]!.GetValue<string>());

        (await api.GetAsync($"/{media}/insights?metric=impressions", account.Token)).ShouldFail(100, null);
        (await api.GetAsync($"/{media}/insights?metric=video_views", account.Token)).ShouldFail(100, null);
        (await api.GetAsync($"/{media}/insights?metric=navigation", account.Token)).ShouldFail(100, null);
        var breakdown = (await api.GetAsync($"/{media}/insights?metric=profile_activity&breakdown=action_type", account.Token)).ShouldSucceed();
        Assert.Equal("action_type", breakdown.Body["data"]![0]!["total_value"]!["breakdowns"]![0]!["dimension_keys"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Account_insights_answer_time_series_and_total_value_and_refuse_removed_metrics()
    {
        var account = await api.CreateAccountAsync(followers: 2000);
        await PublishingTests.PublishImageAsync(api, account, files.BaseUrl);
        await api.AdvanceAsync(TimeSpan.FromDays(3));

        var series = (await api.GetAsync($"/{account.IgId}/insights?metric=reach&period=day&metric_type=time_series", account.Token)).ShouldSucceed();
        Assert.NotEmpty(series.Body["data"]![0]!["values"]!.AsArray());
        Assert.NotNull(series.Body["data"]![0]!["values"]![0]!["end_time"]);

        var total = (await api.GetAsync("/me/insights?metric=views,accounts_engaged&period=day&metric_type=total_value&breakdown=media_product_type", account.Token)).ShouldSucceed();
        Assert.True(total.Body["data"]![0]!["total_value"]!["value"]!.GetValue<int>() > 0);

        (await api.GetAsync("/me/insights?metric=profile_views&period=day", account.Token)).ShouldFail(100, null);
        (await api.GetAsync("/me/insights?metric=impressions&period=day", account.Token)).ShouldFail(100, null);
        (await api.GetAsync("/me/insights?metric=views&period=day&metric_type=time_series", account.Token)).ShouldFail(100, null);
        (await api.GetAsync("/me/insights?metric=reach", account.Token)).ShouldFail(100, null);
    }
}
