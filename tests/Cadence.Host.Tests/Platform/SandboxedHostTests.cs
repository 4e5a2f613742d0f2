using System.Text.Json.Nodes;
using Cadence.Instagram;
using Cadence.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Platform;

public sealed class SandboxedHostTests(SandboxedCadenceAppFactory factory) : IClassFixture<SandboxedCadenceAppFactory>
{
    private Uri AuthorizeUrl(string state) =>
        factory.Services.GetRequiredService<IInstagramOAuth>().BuildAuthorizeUrl(new AuthorizeRequest(state));

    [Fact]
    public void Hosts_Instagram_client_sends_people_to_the_sandboxs_consent_page()
    {
        var url = AuthorizeUrl("s-1");

        Assert.StartsWith($"{factory.Sandbox.BaseUrl}/oauth/authorize?", url.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", factory.Sandbox.BaseUrl, StringComparison.Ordinal);
        Assert.Equal(SandboxedCadenceAppFactory.RedirectUri, QueryHelpers.ParseQuery(url.Query)["redirect_uri"]);
    }

    [Fact]
    public async Task Allowing_returns_the_callback_with_a_code_the_Host_exchanges_for_that_accounts_token()
    {
        var account = await factory.Sandbox.CreateAccountAsync("linkme", followers: 2500);

        var callback = await factory.Sandbox.AllowAsync(AuthorizeUrl("s-allow"), "linkme");

        Assert.Equal(SandboxedCadenceAppFactory.RedirectUri, callback.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("s-allow", query["state"]);
        var token = await factory.Services.GetRequiredService<IInstagramOAuth>().ExchangeCodeAsync(query["code"]!);
        Assert.Equal(account.AppScopedId, token.UserId);
    }

    [Fact]
    public async Task Denying_returns_the_callback_with_access_denied_and_the_state()
    {
        await factory.Sandbox.CreateAccountAsync("saysno");

        var callback = await factory.Sandbox.DenyAsync(AuthorizeUrl("s-deny"));

        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("s-deny", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Allowing_an_account_the_consent_page_does_not_list_fails()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.Sandbox.AllowAsync(AuthorizeUrl("s-none"), "nobodyhere"));
    }

    [Fact]
    public async Task Revoked_account_tokens_are_refused_by_the_sandbox()
    {
        var account = await factory.Sandbox.CreateAccountAsync("revokeme");
        using var client = new HttpClient();
        var me = new Uri($"{factory.Sandbox.BaseUrl}/me?fields=username&access_token={account.AccessToken}");
        Assert.Equal("revokeme", JsonNode.Parse(await client.GetStringAsync(me))!["username"]!.GetValue<string>());

        await factory.Sandbox.RevokeTokensAsync(account.Id);

        using var refused = await client.GetAsync(me);
        Assert.Equal(190, JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sandbox_clock_follows_the_tests_clock()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));

        var clock = JsonNode.Parse(await factory.Sandbox.Admin.GetStringAsync(new Uri("clock", UriKind.Relative)))!;

        Assert.Equal(factory.Clock.GetUtcNow().ToUnixTimeSeconds(), clock["unix"]!.GetValue<long>());
    }
}
