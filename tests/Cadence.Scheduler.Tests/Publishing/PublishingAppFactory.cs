using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Tests.Pages;
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

    /// <summary>The cards the Scheduler's pages show (the checks' page tests open the post's schedule page).</summary>
    public TestPostCatalog Cards { get; } = new();

    public LoopbackMediaServer MediaServer { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPublishablePosts>(Posts).AddSingleton<IPostCatalog>(Cards));
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
