using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>
/// Serves JPEGs over real HTTP on 127.0.0.1, so the sandbox can fetch image_url as Instagram fetches Cadence's signed
/// media URLs (the Host under WebApplicationFactory is in memory and unreachable from the sandbox).
/// <c>/img/{width}x{height}.jpg</c> answers the smallest JPEG whose frame header carries that size.
/// </summary>
public sealed class LoopbackMediaServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackMediaServer(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin.TrimEnd('/');
    }

    public string Origin { get; }

    public string Image(int width = 1080, int height = 1350) => $"{Origin}/img/{width}x{height}.jpg?n={Guid.NewGuid():N}";

    public static async Task<LoopbackMediaServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/img/{width:int}x{height:int}.jpg", (int width, int height) => Results.Bytes(Jpeg(width, height), "image/jpeg"));
        await app.StartAsync();
        var origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackMediaServer(app, origin);
    }

    // SOI, a baseline frame header (SOF0: precision, height, width, three components), EOI: all a size reader needs.
    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
        0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        0xFF, 0xD9,
    ];

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
