using System.Buffers.Binary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Testing;

/// <summary>
/// Serves JPEGs over real HTTP on 127.0.0.1, so the sandbox can fetch image_url as Instagram fetches Cadence's signed
/// media URLs (the Host under WebApplicationFactory is in memory and unreachable from the sandbox). The Scheduler's
/// tests and its publish-lag benchmark share it.
/// <c>/img/{width}x{height}.jpg</c> answers the smallest JPEG whose frame header carries that size; <c>/video/…</c> a real MP4.
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

    /// <summary>The Composer's 9:16 MP4 fixture, said to last 5 s: a video the sandbox keeps IN_PROGRESS for a few (sandbox clock) seconds.</summary>
    public string Video() => $"{Origin}/video/clip-9x16.mp4?n={Guid.NewGuid():N}";

    /// <summary>An address the server answers 404 for, as after a file was deleted.</summary>
    public string Missing(string fileName = "missing.jpg") => $"{Origin}/gone/{fileName}";

    /// <summary>An address that answers 200 with a web page instead of media, as a login or error page does.</summary>
    public string WebPage(string fileName = "photo.jpg") => $"{Origin}/page/{fileName}";

    public static async Task<LoopbackMediaServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/img/{width:int}x{height:int}.jpg", (int width, int height) => Results.Bytes(Jpeg(width, height), "image/jpeg"));
        var video = FiveSeconds(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "clip-9x16.mp4")));
        app.MapGet("/video/clip-9x16.mp4", () => Results.Bytes(video, "video/mp4"));
        app.MapGet("/page/{name}", () => Results.Content("<html><body>Sign in</body></html>", "text/html"));
        await app.StartAsync();
        var origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackMediaServer(app, origin);
    }

    // The fixture lasts under the 3 s a reel needs; its movie header (mvhd, version 0) is told it lasts 5 s.
    private static byte[] FiveSeconds(byte[] mp4)
    {
        var at = mp4.AsSpan().IndexOf("mvhd"u8);
        var timescale = BinaryPrimitives.ReadUInt32BigEndian(mp4.AsSpan(at + 16));
        BinaryPrimitives.WriteUInt32BigEndian(mp4.AsSpan(at + 20), timescale * 5);
        return mp4;
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
