using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Tests.Publishing;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>The Host with the Composer's snapshot provided by the test (no Instagram calls are made when booking).</summary>
public sealed class SchedulingAppFactory : CadenceAppFactory
{
    public TestPublishablePosts Posts { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPublishablePosts>(Posts));
    }
}
