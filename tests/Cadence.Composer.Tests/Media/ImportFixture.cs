using Cadence.Testing;

namespace Cadence.Composer.Tests.Media;

/// <summary>
/// A source server on 127.0.0.1, and a Cadence whose importer trusts exactly 127.0.0.1 (as an operator may trust an
/// internal asset server) so it can reach that server; every other private address, 127.0.0.2 included, stays refused.
/// </summary>
public sealed class ImportFixture : IAsyncLifetime
{
    internal ImportSourceServer Source { get; private set; } = null!;

    internal TrustingAppFactory App { get; } = new();

    public async Task InitializeAsync() => Source = await ImportSourceServer.StartAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Source.DisposeAsync();
    }

    internal sealed class TrustingAppFactory : CadenceAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => new Dictionary<string, string?>
        {
            ["Media:PublicBaseUrl"] = ComposerAppFactory.MediaBaseUrl,
            ["Media:Import:AllowedAddresses:0"] = "127.0.0.1/32",
            ["Media:Import:Timeout"] = "00:00:02",
        };
    }
}
