using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.Instagram.ContractTests.Support;

internal sealed record ReceivedHook(byte[] Body, string? Signature);

/// <summary>
/// The real sandbox on Kestrel at 127.0.0.1:0 under /sandbox, beside the media it fetches and a webhook receiver, and the
/// client registered exactly as the Host registers it, pointed at that loopback address.
/// </summary>
public class SandboxServer : IAsyncLifetime
{
    public const string AppId = "1000000000000042";
    public const string AppSecret = "contract-secret";
    public const string RedirectUri = "https://cadence.example/instagram/callback";
    private WebApplication? app;
    private ServiceProvider? client;

    public string BaseUrl { get; private set; } = string.Empty;

    internal ConcurrentQueue<ReceivedHook> Hooks { get; } = new();

    public HttpClient Admin { get; } = new();

    protected virtual Dictionary<string, string?> SandboxSettings => [];

    public string Image(int width = 1080, int height = 1080) => $"{BaseUrl}/media/{width}x{height}.jpg";

    public string Video(double seconds = 10) => $"{BaseUrl}/media/{seconds.ToString(CultureInfo.InvariantCulture)}.mp4";

    public T Get<T>() where T : notnull => client!.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["InstagramSandbox:AppId"] = AppId,
            ["InstagramSandbox:AppSecret"] = AppSecret,
            ["InstagramSandbox:VideoProcessingSeconds"] = "30",
            ["InstagramSandbox:WebhookBatchDelayMilliseconds"] = "20",
            ["InstagramSandbox:WebhookDuplicateRate"] = "0",
            ["InstagramSandbox:WebhooksRequireSubscription"] = "false",
        };
        foreach (var (key, value) in SandboxSettings)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddInstagramSandbox(builder.Configuration);
        app = builder.Build();
        app.MapInstagramSandbox("/sandbox");
        app.MapGet("/media/{width:int}x{height:int}.jpg", (int width, int height) => Results.Bytes(TestMedia.Jpeg(width, height), "image/jpeg"));
        app.MapGet("/media/picture.png", () => Results.Bytes(TestMedia.Png(), "image/png"));
        app.MapGet("/media/{seconds}.mp4", (string seconds) => Results.Bytes(TestMedia.Mp4(double.Parse(seconds, CultureInfo.InvariantCulture)), "video/mp4"));
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            Hooks.Enqueue(new ReceivedHook(buffer.ToArray(), context.Request.Headers["X-Hub-Signature-256"]));
            return Results.Ok();
        });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Admin.BaseAddress = new Uri($"{BaseUrl}/sandbox/_admin/");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instagram:AuthBaseUrl"] = $"{BaseUrl}/sandbox",
            ["Instagram:ApiBaseUrl"] = $"{BaseUrl}/sandbox",
            ["Instagram:GraphBaseUrl"] = $"{BaseUrl}/sandbox",
            ["Instagram:ApiVersion"] = "v25.0",
            ["Instagram:AppId"] = AppId,
            ["Instagram:AppSecret"] = AppSecret,
            ["Instagram:RedirectUri"] = RedirectUri,
            ["Instagram:WebhookVerifyToken"] = "verify",
            ["Instagram:RetryBaseDelay"] = "00:00:00.010",
        }).Build();
        client = new ServiceCollection().AddInstagramPlatform(configuration).BuildServiceProvider();
    }

    public async Task<AccountAccess> CreateAccountAsync(string prefix = "acct", int followers = 1000)
    {
        var username = prefix + Guid.NewGuid().ToString("N")[..8];
        var created = await AdminAsync("accounts", new JsonObject { ["username"] = username, ["account_type"] = "BUSINESS", ["followers_count"] = followers });
        return new AccountAccess(created["user_id"]!.GetValue<string>(), created["access_token"]!.GetValue<string>());
    }

    public async Task<JsonObject> AdminAsync(string path, JsonObject? body = null)
    {
        using var response = await Admin.PostAsJsonAsync(path, body ?? []);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"admin {path}: {(int)response.StatusCode} {json}");
        return JsonNode.Parse(json)!.AsObject();
    }

    public async Task<JsonObject> AdminGetAsync(string path) =>
        JsonNode.Parse(await Admin.GetStringAsync(new Uri(path, UriKind.Relative)))!.AsObject();

    public Task AdvanceClockAsync(TimeSpan by) => AdminAsync("clock/advance", new JsonObject { ["seconds"] = by.TotalSeconds });

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
