using System.Net;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Publishing;

public sealed class PublishingTests(SandboxFactory factory, LoopbackServer files) : IClassFixture<SandboxFactory>, IClassFixture<LoopbackServer>
{
    private readonly SandboxApi api = factory.Api();

    internal static async Task<string> PublishImageAsync(SandboxApi api, TestAccount account, string filesBaseUrl, string caption = "Hello #coffee")
    {
        var container = (await api.PostJsonAsync($"/v25.0/{account.IgId}/media", account.Token, new JsonObject
        {
            ["image_url"] = $"{filesBaseUrl}/img/1080x1080.jpg",
            ["caption"] = caption,
        })).ShouldSucceed().Id!;
        return (await api.PostFormAsync($"/v25.0/{account.IgId}/media_publish", account.Token,
            new Dictionary<string, string> { ["creation_id"] = container })).ShouldSucceed().Id!;
    }

    private Task<GraphResponse> CreateAsync(TestAccount account, JsonObject body) =>
        api.PostJsonAsync($"/{account.IgId}/media", account.Token, body);

    private Task<GraphResponse> PublishAsync(TestAccount account, string creationId) =>
        api.PostFormAsync("/me/media_publish", account.Token, new Dictionary<string, string> { ["creation_id"] = creationId });

    [Fact]
    public async Task Image_is_fetched_finished_at_once_published_once_and_listed()
    {
        var account = await api.CreateAccountAsync();

        var container = (await CreateAsync(account, new JsonObject
        {
            ["image_url"] = $"{files.BaseUrl}/img/1080x1350.jpg",
            ["caption"] = "First post #hello @friend",
            ["alt_text"] = "A cup of coffee",
            ["user_tags"] = new JsonArray(new JsonObject { ["username"] = "friend", ["x"] = 0.5, ["y"] = 0.8 }),
            ["collaborators"] = new JsonArray("partner"),
            ["location_id"] = "7640348500",
        })).ShouldSucceed().Id!;
        var status = (await api.GetAsync($"/{container}?fields=status_code,status", account.Token)).ShouldSucceed();
        Assert.Equal("FINISHED", status.Body["status_code"]!.GetValue<string>());

        var mediaId = (await PublishAsync(account, container)).ShouldSucceed().Id!;
        (await PublishAsync(account, container)).ShouldFail(506, null);
        Assert.Equal("PUBLISHED", (await api.GetAsync($"/{container}?fields=status_code", account.Token)).Body["status_code"]!.GetValue<string>());

        var media = (await api.GetAsync($"/{mediaId}?fields=id,caption,media_type,media_product_type,permalink,timestamp,alt_text,like_count", account.Token)).ShouldSucceed();
        Assert.Equal("IMAGE", media.Body["media_type"]!.GetValue<string>());
        Assert.Equal("FEED", media.Body["media_product_type"]!.GetValue<string>());
        Assert.Equal("A cup of coffee", media.Body["alt_text"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$", media.Body["timestamp"]!.GetValue<string>());
        Assert.StartsWith("https://www.instagram.com/p/", media.Body["permalink"]!.GetValue<string>(), StringComparison.Ordinal);

        var list = (await api.GetAsync("/me/media?fields=id,caption", account.Token)).ShouldSucceed();
        Assert.Equal(mediaId, list.Body["data"]![0]!["id"]!.GetValue<string>());
        var calls = (await api.AdminAsync(HttpMethod.Get, "publish-calls")).Body["data"]!.AsArray()
            .Where(c => c!["creation_id"]!.GetValue<string>() == container).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Single(calls, c => c!["succeeded"]!.GetValue<bool>());
        var published = (await api.AdminAsync(HttpMethod.Get, $"accounts/{account.Username}/media")).Body["data"]!.AsArray();
        Assert.Equal(mediaId, published.Single()!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/img/picture.png", 36001, 2207005)]
    [InlineData("/img/1080x1500.jpg", 36003, 2207009)]
    [InlineData("/img/2000x1000.jpg", 36003, 2207009)]
    [InlineData("/img/1080x1080.jpg?pad=8400000", 36000, 2207004)]
    [InlineData("/missing.jpg", 9004, 2207052)]
    public async Task Images_Instagram_refuses_are_refused_with_its_codes(string path, int code, int subcode)
    {
        var account = await api.CreateAccountAsync();

        var response = await CreateAsync(account, new JsonObject { ["image_url"] = files.BaseUrl + path });

        response.ShouldFail(code, subcode);
        Assert.NotNull(response.Body["error"]!["error_user_msg"]);
    }

    [Fact]
    public async Task Unreachable_host_is_refused_as_not_fetchable()
    {
        var account = await api.CreateAccountAsync();

        (await CreateAsync(account, new JsonObject { ["image_url"] = "http://127.0.0.1:1/nothing.jpg" })).ShouldFail(9004, 2207052);
    }

    [Theory]
    [InlineData(2201, 0, 0, 36004, 2207010)]
    [InlineData(10, 31, 0, 36004, 2207010)]
    [InlineData(10, 0, 21, 100, 2207040)]
    public async Task Captions_over_the_limits_are_refused(int length, int hashtags, int mentions, int code, int subcode)
    {
        var account = await api.CreateAccountAsync();
        var caption = new string('a', length) + string.Concat(Enumerable.Range(0, hashtags).Select(i => $" #t{i}"))
            + string.Concat(Enumerable.Range(0, mentions).Select(i => $" @u{i}"));

        (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg", ["caption"] = caption }))
            .ShouldFail(code, subcode);
    }

    [Fact]
    public async Task Options_on_the_wrong_media_type_and_unknown_media_types_are_refused()
    {
        var account = await api.CreateAccountAsync();

        (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/video/10.mp4", ["alt_text"] = "x" }))
            .ShouldFail(100, null);
        (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg", ["share_to_feed"] = true }))
            .ShouldFail(100, null);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "STORIES", ["image_url"] = $"{files.BaseUrl}/img/1080x1920.jpg", ["collaborators"] = new JsonArray("a") }))
            .ShouldFail(100, null);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "VIDEO", ["video_url"] = $"{files.BaseUrl}/video/10.mp4" }))
            .ShouldFail(100, 2207023);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "PANORAMA", ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" }))
            .ShouldFail(100, 2207023);
    }

    [Fact]
    public async Task Reel_stays_in_progress_until_processed_then_publishes_as_a_video_reel()
    {
        var account = await api.CreateAccountAsync();
        var container = (await CreateAsync(account, new JsonObject
        {
            ["media_type"] = "REELS",
            ["video_url"] = $"{files.BaseUrl}/video/12.5.mp4",
            ["caption"] = "Reel",
            ["cover_url"] = $"{files.BaseUrl}/img/1080x1920.jpg",
            ["thumb_offset"] = 2000,
            ["share_to_feed"] = false,
            ["audio_name"] = "Morning brew",
            ["trial_params"] = new JsonObject { ["graduation_strategy"] = "MANUAL" },
        })).ShouldSucceed().Id!;

        Assert.Equal("IN_PROGRESS", (await api.GetAsync($"/{container}?fields=status_code", account.Token)).Body["status_code"]!.GetValue<string>());
        (await PublishAsync(account, container)).ShouldFail(9007, 2207027);

        await api.AdvanceAsync(TimeSpan.FromSeconds(31));
        Assert.Equal("FINISHED", (await api.GetAsync($"/{container}?fields=status_code", account.Token)).Body["status_code"]!.GetValue<string>());
        var mediaId = (await PublishAsync(account, container)).ShouldSucceed().Id!;
        var media = (await api.GetAsync($"/{mediaId}?fields=media_type,media_product_type,is_shared_to_feed,thumbnail_url,permalink", account.Token)).ShouldSucceed();
        Assert.Equal("VIDEO", media.Body["media_type"]!.GetValue<string>());
        Assert.Equal("REELS", media.Body["media_product_type"]!.GetValue<string>());
        Assert.False(media.Body["is_shared_to_feed"]!.GetValue<bool>());
        Assert.Contains("/reel/", media.Body["permalink"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reel_thumb_offset_past_the_end_and_non_mp4_video_are_refused()
    {
        var account = await api.CreateAccountAsync();

        (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/video/5.mp4", ["thumb_offset"] = 6000 }))
            .ShouldFail(1, 2207057);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" }))
            .ShouldFail(352, 2207026);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "STORIES", ["video_url"] = $"{files.BaseUrl}/video/90.mp4" }))
            .ShouldFail(352, 2207026);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/video/10.mp4?width=2000" }))
            .ShouldFail(352, 2207026);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/video/2.mp4" }))
            .ShouldFail(352, 2207026);
    }

    [Fact]
    public async Task Carousel_of_images_and_a_video_publishes_with_children_and_wrong_counts_are_refused()
    {
        var account = await api.CreateAccountAsync();
        var image = (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg", ["is_carousel_item"] = true, ["alt_text"] = "one" })).ShouldSucceed().Id!;
        var video = (await CreateAsync(account, new JsonObject { ["media_type"] = "VIDEO", ["video_url"] = $"{files.BaseUrl}/video/8.mp4", ["is_carousel_item"] = true })).ShouldSucceed().Id!;

        (await CreateAsync(account, new JsonObject { ["media_type"] = "CAROUSEL", ["children"] = image })).ShouldFail(100, 2207028);
        (await CreateAsync(account, new JsonObject { ["media_type"] = "CAROUSEL", ["children"] = new JsonArray(Enumerable.Repeat((JsonNode)image, 11).Select(n => n.DeepClone()).ToArray()) }))
            .ShouldFail(100, 2207028);
        (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg", ["is_carousel_item"] = true, ["caption"] = "no" }))
            .ShouldFail(100, null);

        var carousel = (await api.PostFormAsync($"/{account.IgId}/media", account.Token, new Dictionary<string, string>
        {
            ["media_type"] = "CAROUSEL", ["children"] = $"{image},{video}", ["caption"] = "Album",
        })).ShouldSucceed().Id!;
        (await PublishAsync(account, carousel)).ShouldFail(9007, 2207027);
        await api.AdvanceAsync(TimeSpan.FromSeconds(31));
        var mediaId = (await PublishAsync(account, carousel)).ShouldSucceed().Id!;

        var media = (await api.GetAsync($"/{mediaId}?fields=media_type,children{{id,media_type}}", account.Token)).ShouldSucceed();
        Assert.Equal("CAROUSEL_ALBUM", media.Body["media_type"]!.GetValue<string>());
        var children = media.Body["children"]!["data"]!.AsArray();
        Assert.Equal(["IMAGE", "VIDEO"], children.Select(c => c!["media_type"]!.GetValue<string>()));
        var edge = (await api.GetAsync($"/{mediaId}/children?fields=id,media_type", account.Token)).ShouldSucceed();
        Assert.Equal(2, edge.Body["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Story_publishes_and_is_listed_under_stories_not_media()
    {
        var account = await api.CreateAccountAsync();
        var container = (await CreateAsync(account, new JsonObject
        {
            ["media_type"] = "STORIES", ["image_url"] = $"{files.BaseUrl}/img/1080x1920.jpg",
            ["user_tags"] = new JsonArray(new JsonObject { ["username"] = "friend" }),
        })).ShouldSucceed().Id!;
        var storyId = (await PublishAsync(account, container)).ShouldSucceed().Id!;

        Assert.Empty((await api.GetAsync("/me/media", account.Token)).Body["data"]!.AsArray());
        var stories = (await api.GetAsync("/me/stories?fields=id,media_product_type", account.Token)).ShouldSucceed();
        Assert.Equal(storyId, stories.Body["data"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("STORY", stories.Body["data"]![0]!["media_product_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Container_expires_after_24_hours()
    {
        var account = await api.CreateAccountAsync();
        var container = (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" })).ShouldSucceed().Id!;

        await api.AdvanceAsync(TimeSpan.FromHours(24.1));

        Assert.Equal("EXPIRED", (await api.GetAsync($"/{container}?fields=status_code", account.Token)).Body["status_code"]!.GetValue<string>());
        (await PublishAsync(account, container)).ShouldFail(-2, 2207020);
        (await PublishAsync(account, "17900000000000")).ShouldFail(24, 2207008);
    }

    [Fact]
    public async Task Quota_counts_publishes_in_a_rolling_day()
    {
        var account = await api.CreateAccountAsync();
        for (var i = 0; i < 3; i++)
        {
            await PublishImageAsync(api, account, files.BaseUrl);
        }
        var limit = (await api.GetAsync("/me/content_publishing_limit?fields=quota_usage,config", account.Token)).ShouldSucceed();
        Assert.Equal(3, limit.Body["data"]![0]!["quota_usage"]!.GetValue<int>());
        Assert.Equal(3, limit.Body["data"]![0]!["config"]!["quota_total"]!.GetValue<int>());
        Assert.Equal(86400, limit.Body["data"]![0]!["config"]!["quota_duration"]!.GetValue<int>());

        var container = (await CreateAsync(account, new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" })).ShouldSucceed().Id!;
        (await PublishAsync(account, container)).ShouldFail(9, 2207042);

        await api.AdvanceAsync(TimeSpan.FromHours(24.01));
        await PublishImageAsync(api, account, files.BaseUrl);
    }

    [Fact]
    public async Task Media_processing_failure_turns_the_container_to_error_and_publish_is_refused()
    {
        var account = await api.CreateAccountAsync();
        await api.AdminAsync(HttpMethod.Post, "faults/media", new() { ["count"] = 1, ["subcode"] = 2207026 });

        var container = (await CreateAsync(account, new JsonObject { ["media_type"] = "REELS", ["video_url"] = $"{files.BaseUrl}/video/10.mp4" })).ShouldSucceed().Id!;
        await api.AdvanceAsync(TimeSpan.FromSeconds(31));

        var status = (await api.GetAsync($"/{container}?fields=status_code,status", account.Token)).ShouldSucceed();
        Assert.Equal("ERROR", status.Body["status_code"]!.GetValue<string>());
        Assert.Contains("2207026", status.Body["status"]!.GetValue<string>(), StringComparison.Ordinal);
        (await PublishAsync(account, container)).ShouldFail(352, 2207026);
    }

    [Fact]
    public async Task Media_list_pages_with_cursors()
    {
        var account = await api.CreateAccountAsync();
        // Lift the quota window out of the way: three per day.
        for (var i = 0; i < 3; i++)
        {
            await PublishImageAsync(api, account, files.BaseUrl, $"post {i}");
        }

        var first = (await api.GetAsync("/me/media?fields=id,caption&limit=2", account.Token)).ShouldSucceed();
        Assert.Equal(2, first.Body["data"]!.AsArray().Count);
        var next = first.Body["paging"]!["next"]!.GetValue<string>();
        Assert.Contains("after=", next, StringComparison.Ordinal);
        var after = first.Body["paging"]!["cursors"]!["after"]!.GetValue<string>();

        var second = (await api.GetAsync($"/me/media?fields=id,caption&limit=2&after={after}", account.Token)).ShouldSucceed();
        Assert.Single(second.Body["data"]!.AsArray());
        Assert.Equal("post 0", second.Body["data"]![0]!["caption"]!.GetValue<string>());
        Assert.Null(second.Body["paging"]!["next"]);
        Assert.NotNull(second.Body["paging"]!["previous"]);
    }

    [Fact]
    public async Task Another_accounts_media_is_invisible()
    {
        var owner = await api.CreateAccountAsync();
        var stranger = await api.CreateAccountAsync();
        var media = await PublishImageAsync(api, owner, files.BaseUrl);

        (await api.GetAsync($"/{media}?fields=id", stranger.Token)).ShouldFail(100, 33);
    }

    [Fact]
    public async Task Publishing_needs_the_content_publish_permission()
    {
        var account = await api.CreateAccountAsync();
        var limited = await api.AdminAsync(HttpMethod.Post, $"accounts/{account.IgId}/tokens?scope=instagram_business_basic");
        Assert.Equal(HttpStatusCode.Created, limited.Status);

        (await api.PostJsonAsync($"/{account.IgId}/media", limited.Body["access_token"]!.GetValue<string>(),
            new JsonObject { ["image_url"] = $"{files.BaseUrl}/img/1080x1080.jpg" })).ShouldFail(10, null);
    }
}
