using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Accounts;

public sealed class AccountsTests
{
    [Fact]
    public async Task Me_is_read_with_the_account_fields_and_a_bearer_token()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"id":"27640875392278831","user_id":"17841400000000001","username":"cadence.demo","name":"Cadence Demo",
             "account_type":"BUSINESS","profile_picture_url":"https://cdn.example/p.jpg","followers_count":1520,"follows_count":12,"media_count":31}
            """);

        var account = await fake.Get<IInstagramAccounts>().GetAccountAsync(AccountAccess.Me(FakeInstagram.Token));

        var request = fake.Single();
        Assert.Equal("https://graph.instagram.com/v25.0/me", request.Url.GetLeftPart(UriPartial.Path));
        Assert.Contains("user_id", request.Query["fields"], StringComparison.Ordinal);
        Assert.Equal($"Bearer {FakeInstagram.Token}", request.Authorization);
        Assert.False(request.Query.ContainsKey("access_token"));
        Assert.Equal("27640875392278831", account.Id);
        Assert.Equal("17841400000000001", account.UserId);
        Assert.Equal("BUSINESS", account.AccountType);
        Assert.Equal(1520, account.FollowersCount);
    }

    [Fact]
    public async Task A_media_page_parses_fields_timestamps_and_the_next_cursor()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"data":[{"id":"1790001","caption":"hello","media_type":"IMAGE","media_product_type":"FEED","media_url":"https://cdn.example/1.jpg",
                      "permalink":"https://www.instagram.com/p/abc/","shortcode":"abc","timestamp":"2019-09-26T22:36:43+0000","like_count":4,"comments_count":2},
                     {"id":"1790002","media_type":"CAROUSEL_ALBUM","children":{"data":[{"id":"c1","media_type":"IMAGE"},{"id":"c2","media_type":"VIDEO"}]}}],
             "paging":{"cursors":{"before":"QVFIb","after":"QVFIa"},"next":"https://graph.instagram.com/v25.0/1784/media?after=QVFIa"}}
            """);

        var page = await fake.Get<IInstagramAccounts>().GetMediaPageAsync(FakeInstagram.Access, new PageCursor(Limit: 2));

        Assert.Equal("/v25.0/17841400000000001/media", fake.Single().Url.AbsolutePath);
        Assert.Equal("2", fake.Single().Query["limit"]);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(new DateTimeOffset(2019, 9, 26, 22, 36, 43, TimeSpan.Zero), page.Items[0].Timestamp);
        Assert.Equal(2, page.Items[1].Children!.Data.Count);
        Assert.Equal("QVFIa", page.After);
        Assert.True(page.HasNext);
    }

    [Fact]
    public async Task The_pager_follows_after_cursors_until_there_is_no_next_page()
    {
        using var fake = new FakeInstagram();
        fake.Handler
            .ReplyOk("""{"data":[{"id":"1"},{"id":"2"}],"paging":{"cursors":{"after":"A1"},"next":"https://x/next"}}""")
            .ReplyOk("""{"data":[{"id":"3"}],"paging":{"cursors":{"before":"B2","after":"A2"},"previous":"https://x/prev"}}""");

        var ids = new List<string>();
        await foreach (var media in fake.Get<IInstagramAccounts>().GetAllMediaAsync(FakeInstagram.Access, pageSize: 2))
        {
            ids.Add(media.Id);
        }

        Assert.Equal(["1", "2", "3"], ids);
        Assert.False(fake.Handler.Requests[0].Query.ContainsKey("after"));
        Assert.Equal("A1", fake.Handler.Requests[1].Query["after"]);
    }

    [Fact]
    public async Task Webhook_subscription_comment_toggle_and_stories_use_the_documented_requests()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"success":true}""").ReplyOk("""{"success":true}""").ReplyOk("""{"success":true}""")
            .ReplyOk("""{"data":[{"id":"s1","media_type":"IMAGE","media_product_type":"STORY"}]}""");
        var accounts = fake.Get<IInstagramAccounts>();

        await accounts.SubscribeToWebhooksAsync(FakeInstagram.Access, ["comments", "messages"]);
        await accounts.UnsubscribeFromWebhooksAsync(FakeInstagram.Access);
        await accounts.SetCommentsEnabledAsync(FakeInstagram.Token, "m1", enabled: false);
        var stories = await accounts.GetStoriesPageAsync(FakeInstagram.Access);

        var sent = fake.Handler.Requests;
        Assert.Equal(("/v25.0/17841400000000001/subscribed_apps", "comments,messages"), (sent[0].Url.AbsolutePath, sent[0].Form["subscribed_fields"]));
        Assert.Equal((HttpMethod.Delete, "/v25.0/17841400000000001/subscribed_apps"), (sent[1].Method, sent[1].Url.AbsolutePath));
        Assert.Equal(("/v25.0/m1", "false"), (sent[2].Url.AbsolutePath, sent[2].Form["comment_enabled"]));
        Assert.Equal("/v25.0/17841400000000001/stories", sent[3].Url.AbsolutePath);
        Assert.Equal("STORY", Assert.Single(stories.Items).MediaProductType);
    }
}
