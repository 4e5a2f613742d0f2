using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Testing;

/// <summary>
/// The real Instagram sandbox on Kestrel at 127.0.0.1 under <c>/sandbox</c>, on the test's clock, with no demo accounts
/// and no logging of its own (its requests must not mix with the Host's logs).
/// </summary>
public sealed class InstagramSandboxServer : IAsyncDisposable
{
    public const string AppId = "1000000000000001";
    public const string AppSecret = "sandbox-app-secret";
    public const string WebhookVerifyToken = "sandbox-verify-token";
    private const string Prefix = "/sandbox";

    private readonly WebApplication _app;
    private readonly HttpClient _browser = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private int _disposed;

    private InstagramSandboxServer(WebApplication app, string origin)
    {
        _app = app;
        BaseUrl = origin.TrimEnd('/') + Prefix;
        Admin = new HttpClient { BaseAddress = new Uri(BaseUrl + "/_admin/") };
    }

    /// <summary>For example <c>http://127.0.0.1:41234/sandbox</c>; the Host's Instagram base URLs.</summary>
    public string BaseUrl { get; }

    /// <summary>The admin API (README of the sandbox), based at <c>{BaseUrl}/_admin/</c>.</summary>
    public HttpClient Admin { get; }

    /// <summary>Starts a sandbox whose clock is <paramref name="clock"/> and whose only registered redirect URI is <paramref name="redirectUri"/>.</summary>
    public static async Task<InstagramSandboxServer> StartAsync(TimeProvider clock, string redirectUri)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        // Only these settings: no appsettings.json of the test's output folder, no environment variables.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SandboxOptions.Section}:AppId"] = AppId,
            [$"{SandboxOptions.Section}:AppSecret"] = AppSecret,
            [$"{SandboxOptions.Section}:RedirectUris:0"] = redirectUri,
            [$"{SandboxOptions.Section}:WebhookDuplicateRate"] = "0",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddInstagramSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapInstagramSandbox(Prefix);
        await app.StartAsync();
        var origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new InstagramSandboxServer(app, origin);
    }

    /// <summary>The Host's <c>Instagram:*</c> settings that make Cadence talk to this sandbox.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings(string redirectUri) => new Dictionary<string, string?>
    {
        ["Instagram:AuthBaseUrl"] = BaseUrl,
        ["Instagram:ApiBaseUrl"] = BaseUrl,
        ["Instagram:GraphBaseUrl"] = BaseUrl,
        ["Instagram:AppId"] = AppId,
        ["Instagram:AppSecret"] = AppSecret,
        ["Instagram:RedirectUri"] = redirectUri,
        ["Instagram:RetryBaseDelay"] = "00:00:00.010",
        ["Instagram:WebhookVerifyToken"] = WebhookVerifyToken,
    };

    /// <summary>A test account (<c>BUSINESS</c>, <c>MEDIA_CREATOR</c> or <c>PERSONAL</c>) with a long-lived token.</summary>
    public async Task<SandboxAccount> CreateAccountAsync(string username, string accountType = "BUSINESS", int followers = 1000)
    {
        var created = await PostAdminAsync("accounts", new JsonObject
        {
            ["username"] = username, ["account_type"] = accountType, ["followers_count"] = followers,
        });
        return new SandboxAccount(
            created["user_id"]!.GetValue<string>(), created["id"]!.GetValue<string>(),
            created["username"]!.GetValue<string>(), created["access_token"]!.GetValue<string>());
    }

    /// <summary>Revokes every token of the account (by IG user id, app-scoped id or username); later Graph calls get 190.</summary>
    public Task RevokeTokensAsync(string accountId) => PostAdminAsync("tokens/revoke", new JsonObject { ["account_id"] = accountId });

    /// <summary>Opens the consent page at <paramref name="authorizeUrl"/>, picks <paramref name="username"/> and allows; returns the callback URL (code and state).</summary>
    public async Task<Uri> AllowAsync(Uri authorizeUrl, string username)
    {
        var page = await SandboxConsentPage.OpenAsync(_browser, authorizeUrl);
        return await page.DecideAsync(_browser, "allow", page.AccountId(username));
    }

    /// <summary>Opens the consent page at <paramref name="authorizeUrl"/> and denies; returns the callback URL (error=access_denied and state).</summary>
    public async Task<Uri> DenyAsync(Uri authorizeUrl)
    {
        var page = await SandboxConsentPage.OpenAsync(_browser, authorizeUrl);
        return await page.DecideAsync(_browser, "deny", accountId: null);
    }

    private async Task<JsonObject> PostAdminAsync(string path, JsonObject body)
    {
        using var response = await Admin.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Sandbox admin {path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        // WebApplicationFactory may reach its Dispose(bool) twice (Dispose calls DisposeAsync, which calls Dispose(true)).
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Admin.Dispose();
        _browser.Dispose();
        await _app.DisposeAsync();
    }
}
