using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.InstagramSandbox.Tests.Infrastructure;

internal sealed record ReceivedHook(string Body, string? Signature);

/// <summary>A real Kestrel server on 127.0.0.1:0 that serves test media and receives webhooks.</summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private WebApplication? app;
    private int failHooks;

    public string BaseUrl { get; private set; } = "";
    internal ConcurrentQueue<ReceivedHook> Hooks { get; } = new();

    public void FailNextHooks(int count) => Interlocked.Exchange(ref failHooks, count);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/img/{width:int}x{height:int}.jpg", (int width, int height, int? pad) =>
            Results.Bytes(TestMedia.Jpeg(width, height, pad ?? 0), "image/jpeg"));
        app.MapGet("/img/picture.png", () => Results.Bytes(TestMedia.Png(), "image/png"));
        app.MapGet("/video/{seconds}.mp4", (string seconds, int? width) =>
            Results.Bytes(TestMedia.Mp4(double.Parse(seconds, CultureInfo.InvariantCulture), width ?? 1080), "video/mp4"));
        app.MapGet("/missing.jpg", () => Results.NotFound());
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (Interlocked.Decrement(ref failHooks) >= 0)
            {
                return Results.StatusCode(500);
            }
            Hooks.Enqueue(new ReceivedHook(body, context.Request.Headers["X-Hub-Signature-256"]));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
