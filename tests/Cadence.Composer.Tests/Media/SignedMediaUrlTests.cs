using System.Net;
using Cadence.Composer.Features.Media.Urls;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Media;

public sealed class SignedMediaUrlTests : IAsyncLifetime
{
    private readonly ComposerAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_publishing_url_is_absolute_under_the_public_media_address_and_serves_the_jpeg()
    {
        var (asset, urls) = await AnImageAsync();
        var url = urls.ForPublishing(asset, _app.Clock.GetUtcNow().UtcDateTime.AddHours(1));

        Assert.StartsWith($"https://media.cadence.test/media/{asset.Id:N}/publish.jpg?expires=", url);
        var response = await _app.CreateAnonymousClient().GetAsync(new Uri(url).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(asset.PublishSizeBytes, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task A_tampered_expired_or_unsigned_url_answers_404()
    {
        var (asset, urls) = await AnImageAsync();
        var good = new Uri(urls.ForPublishing(asset, _app.Clock.GetUtcNow().UtcDateTime.AddHours(1))).PathAndQuery;
        var client = _app.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(good)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(good.Replace("publish.jpg", "original.jpeg"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(good.Replace("expires=", "expires=9"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{asset.Id:N}/publish.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{asset.Id:N}/publish.jpg?expires=soon&signature=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/.signing-key")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(good)).StatusCode);
    }

    [Fact]
    public async Task A_display_url_is_the_same_all_hour_and_serves_the_thumbnail()
    {
        var (asset, urls) = await AnImageAsync();
        var first = urls.ForDisplay(asset);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(first, urls.ForDisplay(asset));
        var response = await _app.CreateAnonymousClient().GetAsync(first);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(Cadence.Composer.Domain.MediaAsset Asset, IMediaUrls Urls)> AnImageAsync()
    {
        var owner = await _app.CreateAgencyAsync();
        var clientId = await _app.CreateClientAsync(owner.AgencyId);
        var asset = await _app.AddImageAsync(owner.AgencyId, clientId);
        var urls = _app.Services.CreateScope().ServiceProvider.GetRequiredService<IMediaUrls>();
        return (asset, urls);
    }
}
