using Cadence.Composer.Contracts.Posts;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>The Host and its Instagram sandbox, with the snapshot provided by the test and JPEGs served on loopback.</summary>
public sealed class PublishingAppFactory : SandboxedCadenceAppFactory
{
    public PublishingAppFactory()
    {
        MediaServer = LoopbackMediaServer.StartAsync().GetAwaiter().GetResult();
    }

    public TestPublishablePosts Posts { get; } = new();

    public LoopbackMediaServer MediaServer { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPublishablePosts>(Posts));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            MediaServer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
