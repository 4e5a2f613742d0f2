using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.InstagramAccounts;

/// <summary>What the linking tests do again and again: start a connection, pass the sandbox consent page, come back.</summary>
internal static class InstagramTestKit
{
    public const string OverviewUrl = "/Accounts/Instagram";

    public static string DetailsUrl(Guid clientId) => $"/Accounts/Clients/Details/{clientId}";

    public static string ConnectUrl(Guid clientId, Guid? accountId = null) =>
        accountId is { } id ? $"/Accounts/Instagram/Connect?clientId={clientId}&accountId={id}" : $"/Accounts/Instagram/Connect?clientId={clientId}";

    public static string NewUsername(string prefix = "acct") => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Presses "Connect" (or "Reconnect") on the client page; returns Cadence's answer (a redirect to Instagram when allowed).</summary>
    public static async Task<HttpResponseMessage> StartAsync(this HttpClient http, Guid clientId, Guid? accountId = null)
    {
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(OverviewUrl));
        return await http.PostWithTokenAsync(ConnectUrl(clientId, accountId), token, []);
    }

    public static async Task<Uri> StartToInstagramAsync(this HttpClient http, Guid clientId, Guid? accountId = null)
    {
        using var response = await http.StartAsync(clientId, accountId);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>Follows Instagram's redirect back to Cadence (path and query only: the TestServer is the host).</summary>
    public static Task<HttpResponseMessage> ReturnAsync(this HttpClient http, Uri callback) =>
        http.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));

    /// <summary>The whole round trip as an Owner or Admin: connect, allow as <paramref name="username"/>, come back.</summary>
    public static async Task<HttpResponseMessage> ConnectAsync(this SandboxedCadenceAppFactory app, HttpClient http, Guid clientId, string username, Guid? accountId = null)
    {
        var authorize = await http.StartToInstagramAsync(clientId, accountId);
        var callback = await app.Sandbox.AllowAsync(authorize, username);
        return await http.ReturnAsync(callback);
    }

    public static Task<List<LinkedAccount>> LinkedAccountsAsync(this CadenceAppFactory app, Guid agencyId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().InstagramAccounts
            .IgnoreQueryFilters().AsNoTracking().Where(a => a.AgencyId == agencyId).ToListAsync());

    public static async Task<LinkedAccount> SingleLinkedAccountAsync(this CadenceAppFactory app, Guid agencyId) =>
        Assert.Single(await app.LinkedAccountsAsync(agencyId));

    /// <summary>The message the client page shows after a round trip (problem or notice).</summary>
    public static async Task<string> ClientPageMessageAsync(this HttpClient http, Guid clientId)
    {
        var page = await http.GetDocumentAsync(DetailsUrl(clientId));
        return page.QuerySelector("#instagram-accounts .notice")?.TextContent.Trim() ?? string.Empty;
    }
}
