using System.Net;
using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

public sealed class OAuthContractTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    private IInstagramOAuth OAuth => sandbox.Get<IInstagramOAuth>();

    [Fact]
    public async Task The_authorize_url_opens_the_consent_page()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(OAuth.BuildAuthorizeUrl(new AuthorizeRequest("state-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_person_who_allows_gives_a_code_that_exchanges_for_a_short_then_long_token()
    {
        var access = await sandbox.CreateAccountAsync("oauth");
        var code = await AllowAsync(access.AccountId, "state-2");

        var shortLived = await OAuth.ExchangeCodeAsync(code + "#_");
        var longLived = await OAuth.ExchangeForLongLivedAsync(shortLived.AccessToken);

        Assert.False(string.IsNullOrEmpty(shortLived.UserId));
        Assert.Contains(InstagramScopes.Basic, shortLived.Permissions);
        Assert.True(longLived.Lifetime.ExpiresAt - longLived.Lifetime.IssuedAt > TimeSpan.FromDays(59));
        var me = await sandbox.Get<IInstagramAccounts>().GetAccountAsync(AccountAccess.Me(longLived.AccessToken));
        Assert.Equal(access.AccountId, me.UserId);
        Assert.Equal(shortLived.UserId, me.Id);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var access = await sandbox.CreateAccountAsync("once");
        var code = await AllowAsync(access.AccountId, "s");
        await OAuth.ExchangeCodeAsync(code);

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => OAuth.ExchangeCodeAsync(code));

        Assert.Equal(InstagramErrorKind.InvalidRequest, failure.Error.Kind);
    }

    [Fact]
    public async Task A_token_is_refreshed_only_once_it_is_a_day_old()
    {
        var access = await sandbox.CreateAccountAsync("refresh");
        var longLived = await OAuth.ExchangeForLongLivedAsync(await ShortTokenAsync(access.AccountId));

        await Assert.ThrowsAsync<InstagramApiException>(() => OAuth.RefreshAsync(longLived.AccessToken));
        await sandbox.AdvanceClockAsync(TimeSpan.FromHours(25));
        var refreshed = await OAuth.RefreshAsync(longLived.AccessToken);

        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        Assert.True(refreshed.Lifetime.ExpiresAt - refreshed.Lifetime.IssuedAt > TimeSpan.FromDays(59));
    }

    private async Task<string> ShortTokenAsync(string accountId) =>
        (await OAuth.ExchangeCodeAsync(await AllowAsync(accountId, "s"))).AccessToken;

    private async Task<string> AllowAsync(string accountId, string state)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = SandboxServer.AppId,
            ["redirect_uri"] = SandboxServer.RedirectUri,
            ["response_type"] = "code",
            ["scope"] = string.Join(',', InstagramScopes.All),
            ["state"] = state,
            ["decision"] = "allow",
            ["account_id"] = accountId,
        });
        using var response = await http.PostAsync(new Uri($"{sandbox.BaseUrl}/sandbox/oauth/authorize"), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains($"state={state}", location, StringComparison.Ordinal);
        var code = location[(location.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        return Uri.UnescapeDataString(code[..code.IndexOf('&', StringComparison.Ordinal)]);
    }
}
