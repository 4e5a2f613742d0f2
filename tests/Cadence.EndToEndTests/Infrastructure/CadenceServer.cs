using Cadence.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>
/// The real Host listening on a loopback port, for a browser to reach: Development (so the mailbox page is served),
/// on its own fresh SQLite file. One per test collection.
/// </summary>
public sealed class CadenceServer : CadenceAppFactory
{
    public CadenceServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    protected override string EnvironmentName => "Development";
}
