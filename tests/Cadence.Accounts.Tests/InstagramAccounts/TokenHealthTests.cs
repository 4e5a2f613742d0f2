using System.Net.Http.Json;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Accounts.Tests.Clients;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Instagram;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.InstagramAccounts;

/// <summary>Each test moves the clock, so each gets its own Host and sandbox.</summary>
public sealed class TokenHealthTests : IDisposable
{
    private readonly SandboxedCadenceAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Tokens_are_renewed_within_thirty_days_of_expiry_and_the_renewed_token_works()
    {
        var (owner, _, _) = await ConnectAsync();
        var original = await app.SingleLinkedAccountAsync(owner.AgencyId);

        var tooEarly = await RefreshAsync();
        app.Clock.Advance(TimeSpan.FromDays(29));
        var stillEarly = await RefreshAsync();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var due = await RefreshAsync();

        Assert.Equal((0, 0, 1), (tooEarly, stillEarly, due));
        var renewed = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.NotEqual(original.ProtectedToken, renewed.ProtectedToken);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddDays(60), renewed.TokenExpiresAtUtc!.Value, TimeSpan.FromHours(1));
        var profile = await app.WithScopeAsync(async services =>
        {
            var token = (await services.GetRequiredService<IInstagramAccountTokens>().GetAsync(owner.AgencyId, renewed.Id, CancellationToken.None)).Value;
            return await services.GetRequiredService<IInstagramAccounts>().GetAccountAsync(new AccountAccess(token.InstagramUserId, token.AccessToken));
        });
        Assert.Equal(renewed.Username, profile.Username);
    }

    [Fact]
    public async Task No_token_is_renewed_before_it_is_a_day_old_even_close_to_expiry()
    {
        var (owner, _, _) = await ConnectAsync();
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        await ExpireInAsync(account.Id, TimeSpan.FromDays(5));

        app.Clock.Advance(TimeSpan.FromHours(23));
        var young = await RefreshAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var dayOld = await RefreshAsync();

        Assert.Equal((0, 1), (young, dayOld));
    }

    [Fact]
    public async Task A_token_close_to_expiry_shows_as_expiring_soon_with_the_days_left()
    {
        var (owner, clientId, http) = await ConnectAsync();
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        await ExpireInAsync(account.Id, TimeSpan.FromDays(9.5));

        var page = await http.GetDocumentAsync(InstagramTestKit.DetailsUrl(clientId));

        Assert.Equal("Expiring soon (9 days left)", page.QuerySelector("#instagram-accounts .status")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#instagram-accounts a[aria-label*='reconnect link']"));
    }

    [Fact]
    public async Task A_revoked_token_needs_reconnection_emails_Owners_and_Admins_once_and_reconnecting_restores_it()
    {
        var (owner, clientId, http) = await ConnectAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        await app.Sandbox.RevokeTokensAsync(account.InstagramUserId);
        app.Clock.Advance(TimeSpan.FromDays(1));

        var synced = await SyncAsync();
        var flagged = await app.SingleLinkedAccountAsync(owner.AgencyId);
        await DispatchAsync();
        await app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>()
            .ReportTokenRejectedAsync(owner.AgencyId, account.Id, "Error validating access token", CancellationToken.None));
        await SyncAsync();
        await DispatchAsync();

        Assert.Equal(0, synced);
        Assert.Equal(LinkState.NeedsReconnection, flagged.State);
        Assert.Equal(InstagramAccountStatus.NeedsReconnection, flagged.StatusAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Single(await app.OutboxOfAsync(owner.AgencyId), m => m.Type == typeof(InstagramAccountNeedsReconnection).FullName);
        var mail = app.Services.GetRequiredService<MailboxFolder>().List();
        var subject = $"Reconnect @{account.Username} to keep publishing for Harbour Coffee";
        Assert.Single(mail, m => m.To == owner.Email && m.Subject == subject);
        Assert.Single(mail, m => m.To == admin.Email && m.Subject == subject);
        Assert.DoesNotContain(mail, m => m.To == editor.Email);
        Assert.Contains($"/Accounts/Clients/Details/{clientId}", mail.First(m => m.To == owner.Email).HtmlBody, StringComparison.Ordinal);

        var page = await http.GetDocumentAsync(InstagramTestKit.DetailsUrl(clientId));
        Assert.Equal("Needs reconnection", page.QuerySelector("#instagram-accounts .status")?.TextContent.Trim());
        var reconnect = page.QuerySelector($"#instagram-accounts button[aria-label='Reconnect @{account.Username}']");
        Assert.NotNull(reconnect);

        using var back = await app.ConnectAsync(http, clientId, account.Username, account.Id);

        var restored = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(InstagramAccountStatus.Active, restored.StatusAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Null(restored.Problem);
        Assert.Single(await app.OutboxOfAsync(owner.AgencyId), m => m.Type == typeof(InstagramAccountReconnected).FullName);
        Assert.Equal($"@{account.Username} is reconnected to Harbour Coffee.", await http.ClientPageMessageAsync(clientId));
    }

    [Fact]
    public async Task A_failed_renewal_with_an_invalid_token_needs_reconnection()
    {
        var (owner, _, _) = await ConnectAsync();
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        await app.Sandbox.RevokeTokensAsync(account.InstagramUserId);
        app.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(0, await RefreshAsync());
        Assert.Equal(LinkState.NeedsReconnection, (await app.SingleLinkedAccountAsync(owner.AgencyId)).State);
    }

    [Fact]
    public async Task A_renewal_Instagram_refuses_for_another_reason_is_noted_and_tried_again_on_the_next_run()
    {
        var (owner, _, _) = await ConnectAsync();
        app.Clock.Advance(TimeSpan.FromDays(31));
        using var fault = await app.Sandbox.Admin.PostAsJsonAsync(
            new Uri("faults/path", UriKind.Relative),
            new { path = "refresh_access_token", code = 100, status = 400, count = 1, message = "Unsupported request" });
        fault.EnsureSuccessStatusCode();

        var failed = await RefreshAsync();
        var noted = await app.SingleLinkedAccountAsync(owner.AgencyId);
        var retried = await RefreshAsync();

        Assert.Equal((0, 1), (failed, retried));
        Assert.Equal(LinkState.Active, noted.State);
        Assert.StartsWith("Renewing the token failed", noted.Problem, StringComparison.Ordinal);
        Assert.NotNull(noted.LastRefreshFailedAtUtc);
        Assert.Null((await app.SingleLinkedAccountAsync(owner.AgencyId)).Problem);
    }

    [Fact]
    public async Task Reconnecting_with_a_different_Instagram_account_is_refused()
    {
        var (owner, clientId, http) = await ConnectAsync();
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        var other = await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername("other"));

        using var back = await app.ConnectAsync(http, clientId, other.Username, account.Id);

        Assert.Equal(
            $"You signed in to Instagram as @{other.Username}, but this reconnection is for @{account.Username}. Sign in to Instagram as @{account.Username} and try again.",
            await http.ClientPageMessageAsync(clientId));
        Assert.Single(await app.LinkedAccountsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task Profiles_are_read_again_once_a_day()
    {
        var (owner, _, _) = await ConnectAsync();
        var connectedAt = app.Clock.GetUtcNow().UtcDateTime;

        app.Clock.Advance(TimeSpan.FromHours(23));
        var early = await SyncAsync();
        app.Clock.Advance(TimeSpan.FromHours(1));
        var daily = await SyncAsync();

        Assert.Equal((0, 1), (early, daily));
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        Assert.Equal(connectedAt.AddDays(1), account.LastSyncedAtUtc);
    }

    [Fact]
    public async Task Tokens_are_given_to_server_side_callers_of_the_right_agency_only_while_usable()
    {
        var (owner, _, _) = await ConnectAsync();
        var account = await app.SingleLinkedAccountAsync(owner.AgencyId);
        var stranger = await app.CreateAgencyAsync("Contoso Creative");

        var usable = await GetTokenAsync(owner.AgencyId, account.Id);
        var foreign = await GetTokenAsync(stranger.AgencyId, account.Id);
        await app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>()
            .ReportTokenRejectedAsync(owner.AgencyId, account.Id, "Session has expired", CancellationToken.None));
        var held = await GetTokenAsync(owner.AgencyId, account.Id);

        Assert.True(usable.Succeeded);
        Assert.Equal(account.InstagramUserId, usable.Value.InstagramUserId);
        Assert.DoesNotContain(usable.Value.AccessToken, usable.Value.ToString(), StringComparison.Ordinal);
        Assert.Equal("not_found", Assert.Single(foreign.Errors).Code);
        Assert.Equal(InstagramAccountErrors.NeedsReconnection, Assert.Single(held.Errors).Code);
    }

    private async Task<(TestMember Owner, Guid ClientId, HttpClient Http)> ConnectAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var username = (await app.Sandbox.CreateAccountAsync(InstagramTestKit.NewUsername())).Username;
        var http = app.CreateClientFor(owner.UserId);
        using var back = await app.ConnectAsync(http, clientId, username);
        return (owner, clientId, http);
    }

    private Task<BuildingBlocks.Results.Result<InstagramAccountToken>> GetTokenAsync(Guid agencyId, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>().GetAsync(agencyId, accountId, CancellationToken.None));

    private Task<int> RefreshAsync() => app.WithScopeAsync(services => services.GetRequiredService<RefreshTokens>().HandleAsync(CancellationToken.None));

    private Task<int> SyncAsync() => app.WithScopeAsync(services => services.GetRequiredService<SyncProfiles>().HandleAsync(CancellationToken.None));

    private Task DispatchAsync() => app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private Task ExpireInAsync(Guid accountId, TimeSpan left) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().InstagramAccounts.IgnoreQueryFilters()
            .Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.TokenExpiresAtUtc, app.Clock.GetUtcNow().UtcDateTime + left)));
}
