using System.Net;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.InstagramAccounts;

public sealed class ConnectionSecurityTests(SandboxedCadenceAppFactory app) : IClassFixture<SandboxedCadenceAppFactory>
{
    [Fact]
    public async Task A_tampered_state_is_refused_without_revealing_anything()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var http = app.CreateClientFor(owner.UserId);
        var callback = await app.Sandbox.AllowAsync(await http.StartToInstagramAsync(clientId), username);
        var tampered = new Uri(callback.AbsoluteUri.Replace("state=", "state=x", StringComparison.Ordinal));

        using var response = await http.ReturnAsync(tampered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CompleteConnection.NotGenuine, (await HtmlForms.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim());
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_missing_state_is_refused()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).GetAsync(new Uri("/instagram/callback?code=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_return_links_once_and_says_so()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var http = app.CreateClientFor(owner.UserId);
        var callback = await app.Sandbox.AllowAsync(await http.StartToInstagramAsync(clientId), username);
        using var first = await http.ReturnAsync(callback);
        var linked = await app.SingleLinkedAccountAsync(owner.AgencyId);

        using var replay = await http.ReturnAsync(callback);

        Assert.Equal(InstagramTestKit.DetailsUrl(clientId), replay.Headers.Location?.OriginalString);
        Assert.Contains("already used", await http.ClientPageMessageAsync(clientId), StringComparison.Ordinal);
        Assert.Equal(linked.ProtectedToken, (await app.SingleLinkedAccountAsync(owner.AgencyId)).ProtectedToken);
    }

    [Fact]
    public async Task A_state_started_by_someone_else_is_refused()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var callback = await app.Sandbox.AllowAsync(await app.CreateClientFor(owner.UserId).StartToInstagramAsync(clientId), username);

        using var asAdmin = await app.CreateClientFor(admin.UserId).ReturnAsync(callback);
        using var anonymous = await app.CreateAnonymousClient().ReturnAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, asAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, anonymous.StatusCode);
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_state_older_than_fifteen_minutes_has_expired()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var http = app.CreateClientFor(owner.UserId);
        var callback = await app.Sandbox.AllowAsync(await http.StartToInstagramAsync(clientId), username);
        app.Clock.Advance(TimeSpan.FromMinutes(16));

        using var response = await http.ReturnAsync(callback);

        Assert.Contains("took too long and expired", await http.ClientPageMessageAsync(clientId), StringComparison.Ordinal);
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_code_Instagram_no_longer_accepts_comes_back_with_a_message()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var http = app.CreateClientFor(owner.UserId);
        var callback = await app.Sandbox.AllowAsync(await http.StartToInstagramAsync(clientId), username);
        var spoiled = new Uri(callback.AbsoluteUri.Replace("code=", "code=spoiled", StringComparison.Ordinal));

        using var response = await http.ReturnAsync(spoiled);

        Assert.Equal("Instagram refused the sign-in because it expired or was already used. Please connect again.", await http.ClientPageMessageAsync(clientId));
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task Another_agencys_client_answers_404_to_connect_and_its_accounts_to_every_action()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        using var linked = await app.ConnectAsync(app.CreateClientFor(owner.UserId), clientId, username);
        var accountId = (await app.SingleLinkedAccountAsync(owner.AgencyId)).Id;
        var stranger = await app.CreateAgencyAsync("Contoso Creative");
        var http = app.CreateClientFor(stranger.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(InstagramTestKit.OverviewUrl));

        using var connect = await http.PostWithTokenAsync(InstagramTestKit.ConnectUrl(clientId), token, []);
        using var reconnect = await http.PostWithTokenAsync(InstagramTestKit.ConnectUrl(clientId, accountId), token, []);
        using var disconnectPage = await http.GetAsync(new Uri($"/Accounts/Instagram/Disconnect/{accountId}", UriKind.Relative));
        using var disconnect = await http.PostWithTokenAsync($"/Accounts/Instagram/Disconnect/{accountId}", token, []);
        using var link = await http.PostWithTokenAsync($"/Accounts/Instagram/ReconnectLink/{accountId}", token, []);
        var overview = await http.GetStringAsync(InstagramTestKit.OverviewUrl);

        Assert.All([connect, reconnect, disconnectPage, disconnect, link], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.DoesNotContain(username, overview, StringComparison.Ordinal);
        Assert.Equal(Domain.LinkState.Active, (await app.SingleLinkedAccountAsync(owner.AgencyId)).State);
    }

    [Fact]
    public async Task Editors_see_accounts_but_cannot_connect_or_disconnect()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        using var linked = await app.ConnectAsync(app.CreateClientFor(owner.UserId), clientId, username);
        var accountId = (await app.SingleLinkedAccountAsync(owner.AgencyId)).Id;
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var http = app.CreateClientFor(editor.UserId);
        var page = await http.GetDocumentAsync(InstagramTestKit.DetailsUrl(clientId));
        var token = HtmlForms.AntiforgeryToken(page);

        using var connect = await http.PostWithTokenAsync(InstagramTestKit.ConnectUrl(clientId), token, []);
        using var disconnect = await http.PostWithTokenAsync($"/Accounts/Instagram/Disconnect/{accountId}", token, []);

        Assert.Contains($"@{username}", page.QuerySelector("#instagram-accounts")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#instagram-accounts form"));
        Assert.Equal(HttpStatusCode.Forbidden, connect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, disconnect.StatusCode);
    }

    [Fact]
    public async Task A_viewer_restricted_to_one_client_sees_only_its_accounts()
    {
        var (owner, clientId, username) = await ArrangeAsync();
        var otherClient = await app.CreateClientAsync(owner.AgencyId, "Brooklyn Bikes");
        var otherName = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("bikes"))).Username;
        var ownerHttp = app.CreateClientFor(owner.UserId);
        using var a = await app.ConnectAsync(ownerHttp, clientId, username);
        using var b = await app.ConnectAsync(ownerHttp, otherClient, otherName);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer, onlyClients: [clientId]);
        var http = app.CreateClientFor(viewer.UserId);

        var overview = await http.GetStringAsync(InstagramTestKit.OverviewUrl);
        using var hidden = await http.GetAsync(new Uri(InstagramTestKit.DetailsUrl(otherClient), UriKind.Relative));

        Assert.Contains(username, overview, StringComparison.Ordinal);
        Assert.DoesNotContain(otherName, overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    private async Task<(TestMember Owner, Guid ClientId, string Username)> ArrangeAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        return (owner, clientId, username);
    }
}
