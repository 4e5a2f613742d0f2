using System.Net;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.OAuth;

public sealed class OAuthTests
{
    [Fact]
    public void The_authorize_url_carries_client_redirect_scopes_and_state()
    {
        using var fake = new FakeInstagram();

        var url = fake.Get<IInstagramOAuth>().BuildAuthorizeUrl(new AuthorizeRequest("st4te", [InstagramScopes.Basic, InstagramScopes.ContentPublish], ForceAuthentication: true));

        Assert.Equal("https://www.instagram.com/oauth/authorize", url.GetLeftPart(UriPartial.Path));
        var query = new RecordedRequest(HttpMethod.Get, url, null, null, null).Query;
        Assert.Equal("990602627938098", query["client_id"]);
        Assert.Equal("https://cadence.example/instagram/callback", query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("instagram_business_basic,instagram_business_content_publish", query["scope"]);
        Assert.Equal("st4te", query["state"]);
        Assert.Equal("1", query["force_authentication"]);
    }

    [Fact]
    public void The_authorize_url_asks_for_every_scope_by_default()
    {
        using var fake = new FakeInstagram();

        var url = fake.Get<IInstagramOAuth>().BuildAuthorizeUrl(new AuthorizeRequest("s"));

        var query = new RecordedRequest(HttpMethod.Get, url, null, null, null).Query;
        Assert.Equal(string.Join(',', InstagramScopes.All), query["scope"]);
        Assert.False(query.ContainsKey("force_authentication"));
    }

    [Theory]
    [InlineData(Fixtures.CodeExchangeDocumented, "1020304050607080", 3)]
    [InlineData(Fixtures.CodeExchangeObserved, "27640875392278831", 2)]
    public async Task Both_code_exchange_shapes_give_the_token_the_id_as_a_string_and_the_permissions(string json, string userId, int permissions)
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk(json);

        var token = await fake.Get<IInstagramOAuth>().ExchangeCodeAsync("AQBx123#_");

        Assert.Equal("IGAAshort", token.AccessToken);
        Assert.Equal(userId, token.UserId);
        Assert.Equal(permissions, token.Permissions.Count);
        Assert.Contains(InstagramScopes.Basic, token.Permissions);
        Assert.Equal(fake.Clock.GetUtcNow().AddHours(1), token.Lifetime.ExpiresAt);
    }

    [Fact]
    public async Task The_code_exchange_posts_the_form_with_the_code_stripped_of_its_fragment()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk(Fixtures.CodeExchangeObserved);

        await fake.Get<IInstagramOAuth>().ExchangeCodeAsync("AQBx123#_");

        var request = fake.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.instagram.com/oauth/access_token", request.Url.ToString());
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("AQBx123", request.Form["code"]);
        Assert.Equal("authorization_code", request.Form["grant_type"]);
        Assert.Equal(FakeInstagram.AppSecret, request.Form["client_secret"]);
        Assert.Equal("990602627938098", request.Form["client_id"]);
        Assert.Equal("https://cadence.example/instagram/callback", request.Form["redirect_uri"]);
    }

    [Fact]
    public async Task A_used_code_is_refused_once_and_not_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.CodeExchangeError);

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramOAuth>().ExchangeCodeAsync("used"));

        Assert.Equal(InstagramErrorKind.InvalidRequest, failure.Error.Kind);
        Assert.Single(fake.Handler.Requests);
    }

    [Fact]
    public async Task The_long_lived_exchange_sends_the_secret_and_computes_the_expiry_from_the_clock()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk(Fixtures.LongLived);

        var token = await fake.Get<IInstagramOAuth>().ExchangeForLongLivedAsync("IGAAshort");

        var request = fake.Single();
        Assert.Equal("/access_token", request.Url.AbsolutePath);
        Assert.Equal("ig_exchange_token", request.Query["grant_type"]);
        Assert.Equal(FakeInstagram.AppSecret, request.Query["client_secret"]);
        Assert.Equal("IGAAshort", request.Query["access_token"]);
        Assert.Equal("IGAAlong", token.AccessToken);
        Assert.Equal(fake.Clock.GetUtcNow().AddSeconds(5183944), token.Lifetime.ExpiresAt);
    }

    [Fact]
    public async Task Refresh_uses_the_refresh_grant_without_the_secret()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk(Fixtures.LongLived);

        await fake.Get<IInstagramOAuth>().RefreshAsync("IGAAlong");

        var request = fake.Single();
        Assert.Equal("/refresh_access_token", request.Url.AbsolutePath);
        Assert.Equal("ig_refresh_token", request.Query["grant_type"]);
        Assert.False(request.Query.ContainsKey("client_secret"));
    }

    [Fact]
    public void A_token_can_be_refreshed_only_between_24_hours_old_and_expiry()
    {
        var issued = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var lifetime = TokenLifetime.From(issued, TimeSpan.FromDays(60));

        Assert.False(lifetime.CanRefresh(issued.AddHours(23)));
        Assert.True(lifetime.CanRefresh(issued.AddHours(24)));
        Assert.False(lifetime.CanRefresh(issued.AddDays(60)));
        Assert.True(lifetime.IsExpired(issued.AddDays(60)));
        Assert.True(lifetime.ShouldRefresh(issued.AddDays(55), TimeSpan.FromDays(7)));
        Assert.False(lifetime.ShouldRefresh(issued.AddDays(10), TimeSpan.FromDays(7)));
    }

    [Fact]
    public void Connecting_without_an_app_configured_says_which_settings_are_missing()
    {
        using var fake = new FakeInstagram(new() { ["Instagram:AppId"] = "" });

        var failure = Assert.Throws<InvalidOperationException>(() => fake.Get<IInstagramOAuth>().BuildAuthorizeUrl(new AuthorizeRequest("s")));

        Assert.Contains("Instagram:AppId", failure.Message, StringComparison.Ordinal);
    }
}
