using Cadence.BuildingBlocks.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Dispatching;

internal static class DispatchingRegistration
{
    public static IServiceCollection AddDispatching(this IServiceCollection services) =>
        services
            .AddSingleton<DispatcherNode>()
            .AddSingleton<PublishDispatcher>()
            .AddScoped<DispatcherHeartbeats>()
            .AddJob<PublishDispatchJob>(PublishDispatchJob.Key, PublishDispatchJob.Every);
}
