using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Tests.Publishing;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>
/// The Host with the Composer's side played by the test: the post snapshot that moving checks, and the cards the
/// calendar shows (the real catalog is tested in the Composer's tests).
/// </summary>
public sealed class CalendarAppFactory : CadenceAppFactory
{
    public TestPublishablePosts Posts { get; } = new();

    public TestPostCatalog Cards { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPublishablePosts>(Posts);
            services.AddSingleton<IPostCatalog>(Cards);
        });
    }
}
