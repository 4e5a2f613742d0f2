using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>JPEGs on 127.0.0.1 for the sandbox to fetch, as Instagram fetches Cadence's signed media URLs.</summary>
internal sealed class BenchMedia : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchMedia(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin.TrimEnd('/');
    }

    public string Origin { get; }

    public string Image() => $"{Origin}/img/1080x1350.jpg?n={Guid.NewGuid():N}";

    public static async Task<BenchMedia> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var jpeg = Jpeg(1080, 1350);
        app.MapGet("/img/1080x1350.jpg", () => Results.Bytes(jpeg, "image/jpeg"));
        await app.StartAsync();
        return new BenchMedia(app, app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    // SOI, a baseline frame header carrying the size, EOI: all the sandbox's size reader needs.
    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
        0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        0xFF, 0xD9,
    ];

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
