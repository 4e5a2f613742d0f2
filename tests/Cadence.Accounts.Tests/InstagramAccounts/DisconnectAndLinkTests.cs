using System.Net;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Accounts.Tests.Clients;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.InstagramAccounts;

public sealed class DisconnectAndLinkTests(SandboxedCadenceAppFactory app) : IClassFixture<SandboxedCadenceAppFactory>
{
    [Fact]
    public async Task Disconnecting_asks_first_then_deletes_the_token_and_keeps_the_account()
    {
        var (owner, clientId, account, http) = await ConnectAsync();
        var confirmUrl = $"/Accounts/Instagram/Disconnect/{account.Id}";

        var confirmation = await http.GetDocumentAsync(confirmUrl);
        using var response = await http.PostWithTokenAsync(confirmUrl, HtmlForms.AntiforgeryToken(confirmation), []);

        Assert.Contains("Its published posts, history and reports stay.", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(InstagramTestKit.DetailsUrl(clientId), response.Headers.Location?.OriginalString);
        var disconnected = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(LinkState.Disconnected, disconnected.State);
        Assert.Null(disconnected.ProtectedToken);
        Assert.Equal(account.Id, disconnected.Id);
        Assert.Single(await app.OutboxOfAsync(owner.AgencyId), m => m.Type == typeof(InstagramAccountDisconnected).FullName);
        var page = await http.GetDocumentAsync(InstagramTestKit.DetailsUrl(clientId));
        Assert.Equal("Disconnected", page.QuerySelector("#instagram-accounts .status")?.TextContent.Trim());
        Assert.Contains("is disconnected. Its history stays.", page.GetElementById("toasts")!.TextContent, StringComparison.Ordinal);
        var token = await app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>().GetAsync(owner.AgencyId, account.Id, CancellationToken.None));
        Assert.Equal(InstagramAccountErrors.Disconnected, Assert.Single(token.Errors).Code);
    }

    [Fact]
    public async Task A_disconnected_account_connected_again_is_the_same_account()
    {
        var (owner, clientId, account, http) = await ConnectAsync();
        var confirmUrl = $"/Accounts/Instagram/Disconnect/{account.Id}";
        using var disconnected = await http.PostWithTokenAsync(confirmUrl, HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(confirmUrl)), []);

        using var back = await app.ConnectAsync(http, clientId, account.Username);

        var again = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(account.Id, again.Id);
        Assert.Equal(LinkState.Active, again.State);
        Assert.Single(await app.OutboxOfAsync(owner.AgencyId), m => m.Type == typeof(InstagramAccountReconnected).FullName);
    }

    [Fact]
    public async Task A_client_reconnects_through_a_link_without_signing_in_and_the_link_works_once()
    {
        var (owner, clientId, account, http) = await ConnectAsync();
        await FlagAsync(owner.AgencyId, account.Id);
        var linkUrl = await CreateLinkAsync(http, account.Id);
        var browser = app.CreateAnonymousClient();

        var invitation = await browser.GetDocumentAsync(linkUrl);
        using var toInstagram = await browser.PostWithTokenAsync(linkUrl, HtmlForms.AntiforgeryToken(invitation), []);
        var callback = await app.Sandbox.AllowAsync(toInstagram.Headers.Location!, account.Username);
        using var back = await browser.ReturnAsync(callback);
        var done = await browser.GetDocumentAsync(back.Headers.Location!.OriginalString);
        using var reused = await browser.GetAsync(new Uri(linkUrl, UriKind.Relative));

        Assert.Contains($"Reconnect @{account.Username}", invitation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Northwind Social manages Harbour Coffee", invitation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/reconnect/done", back.Headers.Location!.OriginalString);
        Assert.Equal($"@{account.Username} is reconnected to Harbour Coffee.", done.QuerySelector("[role=status]")?.TextContent.Trim());
        Assert.Equal(LinkState.Active, (await app.SingleLinkedAccountAsync(owner.AgencyId)).State);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
    }

    [Fact]
    public async Task A_link_flow_finished_in_another_browser_or_with_another_account_is_refused()
    {
        var (owner, _, account, http) = await ConnectAsync();
        await FlagAsync(owner.AgencyId, account.Id);
        var other = await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("other"));
        var linkUrl = await CreateLinkAsync(http, account.Id);
        var browser = app.CreateAnonymousClient();

        using var toInstagram = await browser.PostWithTokenAsync(linkUrl, HtmlForms.AntiforgeryToken(await browser.GetDocumentAsync(linkUrl)), []);
        var callback = await app.Sandbox.AllowAsync(toInstagram.Headers.Location!, account.Username);
        using var elsewhere = await app.CreateAnonymousClient().ReturnAsync(callback);
        using var toInstagramAgain = await browser.PostWithTokenAsync(linkUrl, HtmlForms.AntiforgeryToken(await browser.GetDocumentAsync(linkUrl)), []);
        using var wrongAccount = await browser.ReturnAsync(await app.Sandbox.AllowAsync(toInstagramAgain.Headers.Location!, other.Username));
        var done = await browser.GetDocumentAsync("/reconnect/done");

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains($"but this reconnection is for @{account.Username}", done.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(LinkState.NeedsReconnection, (await app.SingleLinkedAccountAsync(owner.AgencyId)).State);
    }

    [Fact]
    public async Task A_new_link_replaces_the_previous_one_and_links_expire_after_seven_days()
    {
        var (owner, _, account, http) = await ConnectAsync();
        await FlagAsync(owner.AgencyId, account.Id);
        var first = await CreateLinkAsync(http, account.Id);
        var second = await CreateLinkAsync(http, account.Id);
        var browser = app.CreateAnonymousClient();

        using var replaced = await browser.GetAsync(new Uri(first, UriKind.Relative));
        using var current = await browser.GetAsync(new Uri(second, UriKind.Relative));
        var third = await CreateLinkAsync(http, account.Id);
        app.Clock.Advance(TimeSpan.FromDays(7));
        using var expired = await browser.GetAsync(new Uri(third, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("This link no longer works", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_Owners_and_Admins_make_reconnect_links()
    {
        var (owner, _, account, _) = await ConnectAsync();
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var editorHttp = app.CreateClientFor(editor.UserId);
        var token = HtmlForms.AntiforgeryToken(await editorHttp.GetDocumentAsync(InstagramTestKit.OverviewUrl));

        using var refused = await editorHttp.PostWithTokenAsync($"/Accounts/Instagram/ReconnectLink/{account.Id}", token, []);
        var made = await CreateLinkAsync(app.CreateClientFor(admin.UserId), account.Id);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("/reconnect/", made, StringComparison.Ordinal);
    }

    private async Task<(TestMember Owner, Guid ClientId, LinkedAccount Account, HttpClient Http)> ConnectAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var http = app.CreateClientFor(owner.UserId);
        using var back = await app.ConnectAsync(http, clientId, username);
        return (owner, clientId, await app.SingleLinkedAccountAsync(owner.AgencyId), http);
    }

    private Task FlagAsync(Guid agencyId, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>()
            .ReportTokenRejectedAsync(agencyId, accountId, "Error validating access token: the user has not authorized application", CancellationToken.None));

    /// <summary>Makes a link as the page does and returns its path (the page shows it as an absolute URL).</summary>
    private static async Task<string> CreateLinkAsync(HttpClient http, Guid accountId)
    {
        var url = $"/Accounts/Instagram/ReconnectLink/{accountId}";
        using var response = await http.PostWithTokenAsync(url, HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(url)), []);
        var page = await HtmlForms.ParseAsync(response);
        var link = page.QuerySelector("#reconnect-url")?.GetAttribute("value") ?? throw new InvalidOperationException("No link on the page.");
        return new Uri(link).PathAndQuery;
    }
}
