using System.Net;
using System.Web;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Accounts.Tests.Clients;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.InstagramAccounts;

public sealed class ConnectAccountTests(SandboxedCadenceAppFactory app) : IClassFixture<SandboxedCadenceAppFactory>
{
    [Fact]
    public async Task Connecting_asks_Instagram_for_every_scope_with_a_state_and_links_the_account_with_its_profile()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var sandboxAccount = await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("harbour"), followers: 4200);
        var http = app.CreateClientFor(owner.UserId);

        var authorize = await http.StartToInstagramAsync(clientId);
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.StartsWith(app.Sandbox.BaseUrl + "/oauth/authorize", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(SandboxedCadenceAppFactory.RedirectUri, query["redirect_uri"]);
        Assert.Equal(
            "instagram_business_basic,instagram_business_content_publish,instagram_business_manage_comments,instagram_business_manage_messages,instagram_business_manage_insights",
            query["scope"]);
        Assert.True(query["state"]!.Length >= 40, "the state is a long random value");

        using var back = await http.ReturnAsync(await app.Sandbox.AllowAsync(authorize, sandboxAccount.Username));

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(InstagramTestKit.DetailsUrl(clientId), back.Headers.Location?.OriginalString);
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(sandboxAccount.Id, account.InstagramUserId);
        Assert.Equal(sandboxAccount.Username, account.Username);
        Assert.Equal("BUSINESS", account.AccountType);
        Assert.Equal(4200, account.FollowersCount);
        Assert.NotNull(account.MediaCount);
        Assert.Equal(InstagramAccountStatus.Active, account.StatusAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Contains(InstagramAccountSummary.PublishPermission, account.PermissionList);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(60), account.TokenExpiresAtUtc!.Value, TimeSpan.FromHours(1));

        var page = await http.GetDocumentAsync(InstagramTestKit.DetailsUrl(clientId));
        var card = page.QuerySelector("#instagram-accounts .account-card")!;
        Assert.Contains($"@{sandboxAccount.Username}", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", card.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("4,200 followers", card.TextContent, StringComparison.Ordinal);
        Assert.Contains($"@{sandboxAccount.Username} is connected to Harbour Coffee.", page.QuerySelector("#instagram-accounts [role=status]")!.TextContent, StringComparison.Ordinal);
        var events = await app.OutboxOfAsync(owner.AgencyId);
        Assert.Single(events, e => e.Type.EndsWith(nameof(InstagramAccountConnected), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_token_is_stored_encrypted_and_never_shown()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var http = app.CreateClientFor(owner.UserId);
        using var back = await app.ConnectAsync(http, clientId, username);

        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        var token = app.Services.GetRequiredService<TokenProtector>().Unprotect(account.ProtectedToken!);
        Assert.StartsWith("IGAA", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token, account.ProtectedToken!, StringComparison.Ordinal);
        var pages = await http.GetStringAsync(InstagramTestKit.DetailsUrl(clientId)) + await http.GetStringAsync(InstagramTestKit.OverviewUrl);
        Assert.DoesNotContain("IGAA", pages, StringComparison.Ordinal);
        Assert.DoesNotContain(account.ProtectedToken!, pages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connecting_the_same_account_again_renews_its_token_without_a_duplicate()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var http = app.CreateClientFor(owner.UserId);
        using var first = await app.ConnectAsync(http, clientId, username);
        var before = await app.SingleLinkedAccountAsync(owner.AgencyId);

        using var second = await app.ConnectAsync(http, clientId, username);

        var after = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.ProtectedToken, after.ProtectedToken);
        Assert.Contains("was already connected; its access was renewed", await http.ClientPageMessageAsync(clientId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_Instagram_account_cannot_belong_to_two_clients_of_an_agency()
    {
        var owner = await app.CreateAgencyAsync();
        var first = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var second = await app.CreateClientAsync(owner.AgencyId, "Brooklyn Bikes");
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var http = app.CreateClientFor(owner.UserId);
        using var linked = await app.ConnectAsync(http, first, username);

        using var refused = await app.ConnectAsync(http, second, username);

        Assert.Equal(InstagramTestKit.DetailsUrl(second), refused.Headers.Location?.OriginalString);
        Assert.Equal(
            $"@{username} is already connected to Harbour Coffee. An Instagram account can belong to only one client of your agency: disconnect it from Harbour Coffee first.",
            await http.ClientPageMessageAsync(second));
        Assert.Equal(first, (await app.SingleLinkedAccountAsync(owner.AgencyId)).ClientId);
    }

    [Fact]
    public async Task Another_agency_may_link_the_same_Instagram_account_to_its_own_client()
    {
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var first = await app.CreateAgencyAsync();
        var second = await app.CreateAgencyAsync("Contoso Creative");
        using var a = await app.ConnectAsync(app.CreateClientFor(first.UserId), await app.CreateClientAsync(first.AgencyId), username);
        using var b = await app.ConnectAsync(app.CreateClientFor(second.UserId), await app.CreateClientAsync(second.AgencyId), username);

        Assert.Single(await app.LinkedAccountsAsync(first.AgencyId));
        Assert.Single(await app.LinkedAccountsAsync(second.AgencyId));
    }

    [Fact]
    public async Task Denied_consent_comes_back_to_the_client_page_and_links_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername());
        var http = app.CreateClientFor(owner.UserId);

        var authorize = await http.StartToInstagramAsync(clientId);
        using var back = await http.ReturnAsync(await app.Sandbox.DenyAsync(authorize));

        Assert.Equal(InstagramTestKit.DetailsUrl(clientId), back.Headers.Location?.OriginalString);
        Assert.Equal("Instagram connection cancelled: permission was not granted on Instagram, so nothing was connected.", await http.ClientPageMessageAsync(clientId));
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_personal_account_is_refused_with_what_to_do()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("maya"), accountType: "PERSONAL")).Username;
        var http = app.CreateClientFor(owner.UserId);

        using var back = await app.ConnectAsync(http, clientId, username);

        Assert.Equal(
            $"@{username} is a personal Instagram account. Switch it to a professional (Business or Creator) account in the Instagram app, then connect it again.",
            await http.ClientPageMessageAsync(clientId));
        Assert.Empty(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_connection_for_an_archived_client_is_refused_before_Instagram()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<Cadence.Accounts.Data.AccountsDbContext>();
            var client = await db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == clientId);
            client.ArchivedAtUtc = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        });
        var http = app.CreateClientFor(owner.UserId);

        using var response = await http.StartAsync(clientId);

        Assert.Equal(InstagramTestKit.DetailsUrl(clientId), response.Headers.Location?.OriginalString);
        Assert.Contains("is archived", await http.ClientPageMessageAsync(clientId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_lists_accounts_by_status_and_client_with_counts()
    {
        var owner = await app.CreateAgencyAsync();
        var harbour = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var bikes = await app.CreateClientAsync(owner.AgencyId, "Brooklyn Bikes");
        var http = app.CreateClientFor(owner.UserId);
        var harbourName = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("harbour"))).Username;
        var bikesName = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("bikes"))).Username;
        using var a = await app.ConnectAsync(http, harbour, harbourName);
        using var b = await app.ConnectAsync(http, bikes, bikesName);
        var bikesAccount = (await app.LinkedAccountsAsync(owner.AgencyId)).Single(x => x.ClientId == bikes);
        await app.WithScopeAsync(services =>
            services.GetRequiredService<IInstagramAccountTokens>().ReportTokenRejectedAsync(owner.AgencyId, bikesAccount.Id, "Error validating access token", CancellationToken.None));

        var everything = await http.GetDocumentAsync(InstagramTestKit.OverviewUrl);
        var needsReconnection = await http.GetFragmentAsync($"{InstagramTestKit.OverviewUrl}?status=NeedsReconnection");
        var harbourOnly = await http.GetDocumentAsync($"{InstagramTestKit.OverviewUrl}?clientId={harbour}");

        Assert.Equal(2, everything.QuerySelectorAll("#account-overview tbody tr").Length);
        Assert.Contains("Needs reconnection: 1", everything.QuerySelector(".status-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active: 1", everything.QuerySelector(".status-summary")!.TextContent, StringComparison.Ordinal);
        var troubled = Assert.Single(needsReconnection.QuerySelectorAll("tbody tr"));
        Assert.Contains($"@{bikesName}", troubled.TextContent, StringComparison.Ordinal);
        Assert.Contains("Error validating access token", troubled.TextContent, StringComparison.Ordinal);
        var harbourRow = Assert.Single(harbourOnly.QuerySelectorAll("#account-overview tbody tr"));
        Assert.Contains($"@{harbourName}", harbourRow.TextContent, StringComparison.Ordinal);
        var dashboard = await http.GetDocumentAsync("/");
        Assert.Contains("1 Instagram account needs attention", dashboard.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 connected accounts", dashboard.QuerySelector(".checklist")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_of_a_new_agency_says_how_to_connect_an_account()
    {
        var owner = await app.CreateAgencyAsync();

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(InstagramTestKit.OverviewUrl);

        Assert.Contains("Connect Instagram account", page.QuerySelector("#account-overview .empty-state")!.TextContent, StringComparison.Ordinal);
    }
}
