using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Cadence.Composer.Tests.Media;

/// <summary>A web server on 127.0.0.1 playing the public sites a person imports from, counting what it was asked for.</summary>
internal sealed class ImportSourceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ImportSourceServer(WebApplication app, ConcurrentDictionary<string, int> hits, int port)
    {
        _app = app;
        Hits = hits;
        Port = port;
    }

    public int Port { get; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public ConcurrentDictionary<string, int> Hits { get; }

    public static async Task<ImportSourceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hits = new ConcurrentDictionary<string, int>();
        app.Use((context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, count) => count + 1);
            return next(context);
        });
        var png = MediaLibraryKit.Image(640, 480, SKEncodedImageFormat.Png);
        app.MapGet("/photos/beach.png", () => Results.Bytes(png, "image/png"));
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/page", () => Results.Content("<html><body><img src=\"/photos/beach.png\"></body></html>", "text/html"));
        app.MapGet("/fake.png", () => Results.Text("not really a picture", "image/png"));
        app.MapGet("/slow.jpg", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return Results.Bytes(png, "image/jpeg");
        });
        app.MapGet("/huge.jpg", async (HttpContext context) =>
        {
            // No Content-Length: the importer must stop while streaming.
            context.Response.ContentType = "image/jpeg";
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 40 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ImportSourceServer(app, hits, new Uri(address).Port);
    }

    public int HitsOn(string path) => Hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
