using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Features.Media.Import;
using Cadence.Testing;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

/// <summary>Cadence as shipped: no address trusted, so loopback, private, link-local and metadata addresses are all refused.</summary>
public sealed class ImportAddressPolicyTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>, IAsyncLifetime
{
    private ImportSourceServer _source = null!;

    public async Task InitializeAsync() => _source = await ImportSourceServer.StartAsync();

    public async Task DisposeAsync() => await _source.DisposeAsync();

    [Theory]
    [InlineData("http://127.0.0.1:{port}/photos/beach.png")]
    [InlineData("http://localhost:{port}/photos/beach.png")]
    [InlineData("http://[::1]:{port}/photos/beach.png")]
    [InlineData("http://10.0.0.1/photo.jpg")]
    [InlineData("http://192.168.1.10/photo.jpg")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task An_address_inside_the_network_is_refused_before_anything_is_fetched(string address)
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var url = address.Replace("{port}", _source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await ImportTests.ImportAsync(app.CreateClientFor(editor.UserId), clientId, url);

        await ImportTests.AssertRefusedAsync(response, MediaDownloader.PrivateAddressMessage);
        Assert.Equal(0, _source.HitsOn("/photos/beach.png"));
        Assert.Empty(await app.AssetsAsync(clientId));
    }
}
