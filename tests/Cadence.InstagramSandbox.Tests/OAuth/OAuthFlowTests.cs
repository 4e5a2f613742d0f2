using System.Net;
using System.Text.RegularExpressions;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.OAuth;

public sealed partial class OAuthFlowTests(SandboxFactory factory) : IClassFixture<SandboxFactory>
{
    private const string AppId = "1234567890";
    private const string Secret = "test-secret";
    private const string Redirect = "https://cadence.test/instagram/callback";
    private const string Scopes = "instagram_business_basic,instagram_business_content_publish";
    private readonly SandboxApi api = factory.Api();

    private static string AuthorizeQuery(string state = "xyz", string scope = Scopes) =>
        $"client_id={AppId}&redirect_uri={Uri.EscapeDataString(Redirect)}&response_type=code&scope={Uri.EscapeDataString(scope)}&state={state}";

    private async Task<HttpResponseMessage> DecideAsync(string decision, string accountId, string state = "xyz")
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = AppId, ["redirect_uri"] = Redirect, ["response_type"] = "code", ["scope"] = Scopes, ["state"] = state,
            ["decision"] = decision, ["account_id"] = accountId,
        });
        return await api.Http.PostAsync(new Uri("/oauth/authorize", UriKind.Relative), form);
    }

    private async Task<string> CodeAsync(TestAccount account)
    {
        var response = await DecideAsync("allow", account.IgId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(Redirect + "?code=", location, StringComparison.Ordinal);
        Assert.EndsWith("&state=xyz#_", location, StringComparison.Ordinal);
        return CodePattern().Match(location).Groups[1].Value;
    }

    private Task<HttpResponseMessage> ExchangeAsync(string code, string secret = Secret)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = AppId, ["client_secret"] = secret, ["grant_type"] = "authorization_code", ["redirect_uri"] = Redirect, ["code"] = code,
        });
        return api.Http.PostAsync(new Uri("/oauth/access_token", UriKind.Relative), form);
    }

    [Fact]
    public async Task Consent_page_is_a_labelled_form_listing_test_accounts()
    {
        var account = await api.CreateAccountAsync("consent");

        var response = await api.Http.GetAsync(new Uri("/oauth/authorize?" + AuthorizeQuery(), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"account-{account.IgId}\">", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"account-{account.IgId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Account to connect</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"deny\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"state\" value=\"xyz\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client_id=999&redirect_uri=https%3A%2F%2Fa.test&response_type=code&scope=instagram_business_basic")]
    [InlineData("client_id=1234567890&redirect_uri=https%3A%2F%2Fa.test&response_type=code&scope=business_basic")]
    [InlineData("client_id=1234567890&redirect_uri=https%3A%2F%2Fa.test&response_type=code&scope=instagram_business_manage_comments")]
    public async Task Consent_page_refuses_a_wrong_app_or_retired_or_missing_scopes(string query)
    {
        var response = await api.Http.GetAsync(new Uri("/oauth/authorize?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allow_gives_a_code_that_exchanges_once_for_a_short_lived_token_in_the_flat_shape()
    {
        var account = await api.CreateAccountAsync();
        var code = await CodeAsync(account);

        var exchanged = await ExchangeAsync(code);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await exchanged.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        Assert.Equal(account.AppScopedId, body["user_id"]!.ToJsonString());
        Assert.Equal(["instagram_business_basic", "instagram_business_content_publish"], body["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        var token = body["access_token"]!.GetValue<string>();
        Assert.StartsWith("IGAA", token, StringComparison.Ordinal);
        (await api.GetAsync("/me?fields=username", token)).ShouldSucceed();

        var reused = await ExchangeAsync(code);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        var error = System.Text.Json.Nodes.JsonNode.Parse(await reused.Content.ReadAsStringAsync())!;
        Assert.Equal("OAuthException", error["error_type"]!.GetValue<string>());
        Assert.Equal(400, error["code"]!.GetValue<int>());
        Assert.Equal("Matching code was not found or was already used", error["error_message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deny_redirects_with_access_denied_and_the_state()
    {
        var account = await api.CreateAccountAsync();

        var response = await DecideAsync("deny", account.IgId, "s1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Redirect + "?error=access_denied&error_reason=user_denied&error_description=The+user+denied+your+request&state=s1",
            response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Code_expires_after_an_hour_and_a_wrong_secret_is_refused()
    {
        var account = await api.CreateAccountAsync();
        var code = await CodeAsync(account);

        Assert.Equal(HttpStatusCode.BadRequest, (await ExchangeAsync(code, "wrong")).StatusCode);
        await api.AdvanceAsync(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.BadRequest, (await ExchangeAsync(code)).StatusCode);
    }

    [Fact]
    public async Task Short_token_exchanges_for_long_lived_which_refreshes_only_after_a_day_and_short_tokens_expire_in_an_hour()
    {
        var account = await api.CreateAccountAsync();
        var shortToken = await ShortTokenAsync(account);

        (await api.GetAsync($"/access_token?grant_type=ig_exchange_token&client_secret=wrong", shortToken)).ShouldFail(100, null);
        var exchanged = (await api.GetAsync($"/access_token?grant_type=ig_exchange_token&client_secret={Secret}", shortToken)).ShouldSucceed();
        Assert.Equal("bearer", exchanged.Body["token_type"]!.GetValue<string>());
        Assert.InRange(exchanged.Body["expires_in"]!.GetValue<long>(), 5_183_000, 5_184_000);
        var longToken = exchanged.Body["access_token"]!.GetValue<string>();

        (await api.GetAsync("/refresh_access_token?grant_type=ig_refresh_token", longToken)).ShouldFail(100, null);

        await api.AdvanceAsync(TimeSpan.FromHours(25));
        (await api.GetAsync("/me", shortToken)).ShouldFail(190, 463);
        (await api.GetAsync($"/access_token?grant_type=ig_exchange_token&client_secret={Secret}", shortToken)).ShouldFail(190, 463);
        var refreshed = (await api.GetAsync("/v25.0/refresh_access_token?grant_type=ig_refresh_token", longToken)).ShouldSucceed();
        Assert.InRange(refreshed.Body["expires_in"]!.GetValue<long>(), 5_183_000, 5_184_000);
    }

    [Fact]
    public async Task Long_lived_token_expires_after_60_days()
    {
        var account = await api.CreateAccountAsync();

        await api.AdvanceAsync(TimeSpan.FromDays(60.01));

        var expired = await api.GetAsync("/me", account.Token);
        expired.ShouldFail(190, 463);
        Assert.Contains("Session has expired", expired.Body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<string> ShortTokenAsync(TestAccount account)
    {
        var exchanged = await ExchangeAsync(await CodeAsync(account));
        return System.Text.Json.Nodes.JsonNode.Parse(await exchanged.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    [GeneratedRegex("code=([^&#]+)")]
    private static partial Regex CodePattern();
}
