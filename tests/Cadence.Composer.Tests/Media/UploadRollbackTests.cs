using System.Net;
using Cadence.Composer.Features.Media.Storage;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class UploadRollbackTests : IAsyncLifetime
{
    private readonly FailingStorageAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task When_storing_a_file_fails_part_way_the_files_already_written_are_removed_and_no_row_is_left()
    {
        var owner = await _app.CreateAgencyAsync();
        var clientId = await _app.CreateClientAsync(owner.AgencyId);
        var http = _app.CreateClientFor(owner.UserId);

        using var response = await http.UploadAsync(clientId, Image(800, 800, SKEncodedImageFormat.Png), "photo.png");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await _app.AssetsAsync(clientId));
        var clientFolder = Path.Combine(_app.DataPath, "media", owner.AgencyId.ToString("N"), clientId.ToString("N"));
        Assert.Empty(Directory.Exists(clientFolder) ? Directory.GetFiles(clientFolder, "*", SearchOption.AllDirectories) : []);
    }

    private sealed class FailingStorageAppFactory : CadenceAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
            new Dictionary<string, string?> { ["Media:PublicBaseUrl"] = ComposerAppFactory.MediaBaseUrl };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<LocalDiskMediaStorage>();
                services.AddSingleton<IMediaStorage>(provider => new ThumbnailsFail(provider.GetRequiredService<LocalDiskMediaStorage>()));
            });
        }
    }

    /// <summary>The disk filling up just as the thumbnail is written.</summary>
    private sealed class ThumbnailsFail(IMediaStorage inner) : IMediaStorage
    {
        public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken) =>
            key.EndsWith("thumb.jpg", StringComparison.Ordinal) ? throw new IOException("No space left on device.") : inner.SaveAsync(key, content, cancellationToken);

        public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => inner.OpenReadAsync(key, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
