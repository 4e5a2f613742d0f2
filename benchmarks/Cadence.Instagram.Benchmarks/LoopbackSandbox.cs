using System.Globalization;
using System.Net.Http.Json;
using Cadence.InstagramSandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Instagram.Benchmarks;

/// <summary>The sandbox on Kestrel at 127.0.0.1:0 (quotas lifted so a benchmark can publish thousands of times), with the media it fetches.</summary>
internal sealed class LoopbackSandbox : IAsyncDisposable
{
    private const string AppSecret = "bench-secret";
    private readonly WebApplication app;
    private readonly ServiceProvider client;
    private readonly HttpClient admin = new();

    private LoopbackSandbox(WebApplication app, ServiceProvider client, string baseUrl)
    {
        this.app = app;
        this.client = client;
        BaseUrl = baseUrl;
        admin.BaseAddress = new Uri($"{baseUrl}/sandbox/_admin/");
    }

    public string BaseUrl { get; }

    public IInstagramPublishing Publishing => client.GetRequiredService<IInstagramPublishing>();

    public static async Task<LoopbackSandbox> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["InstagramSandbox:AppSecret"] = AppSecret,
            ["InstagramSandbox:PublishQuota"] = "100000000",
            ["InstagramSandbox:ContainerCap"] = "100000000",
            ["InstagramSandbox:AccountCallsPerHour"] = "100000000",
            ["InstagramSandbox:AppCallsPerHour"] = "100000000",
            ["InstagramSandbox:WebhookDuplicateRate"] = "0",
        });
        builder.Services.AddInstagramSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapInstagramSandbox("/sandbox");
        var jpeg = Jpeg(1080, 1080);
        app.MapGet("/media/square.jpg", () => Results.Bytes(jpeg, "image/jpeg"));
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instagram:AuthBaseUrl"] = $"{baseUrl}/sandbox",
            ["Instagram:ApiBaseUrl"] = $"{baseUrl}/sandbox",
            ["Instagram:GraphBaseUrl"] = $"{baseUrl}/sandbox",
            ["Instagram:AppSecret"] = AppSecret,
        }).Build();
        var client = new ServiceCollection().AddInstagramPlatform(configuration).BuildServiceProvider();
        return new LoopbackSandbox(app, client, baseUrl);
    }

    public async Task<AccountAccess> CreateAccountAsync()
    {
        using var response = await admin.PostAsJsonAsync("accounts", new Dictionary<string, object>
        {
            ["username"] = "bench" + Guid.NewGuid().ToString("N")[..8], ["account_type"] = "BUSINESS",
        });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return new AccountAccess(created!["user_id"].ToString()!, created["access_token"].ToString()!);
    }

    public async Task SetLatencyAsync(int milliseconds)
    {
        using var response = await admin.PostAsJsonAsync("faults", new Dictionary<string, int> { ["latency_ms"] = milliseconds });
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await client.DisposeAsync();
        await app.DisposeAsync();
    }

    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        0xFF, 0xD9,
    ];

    public string ImageUrl => string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/media/square.jpg");
}
