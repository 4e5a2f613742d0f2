using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Jobs;
using Cadence.BuildingBlocks.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Health;

internal static class HealthRegistration
{
    /// <summary>The dispatcher's health check (ready), the Admins' status page and the watch that notifies them.</summary>
    public static IServiceCollection AddDispatcherHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DispatcherHealthCheck>("scheduler-dispatcher", tags: ["ready"]);
        return services
            .AddSingleton<DispatcherStart>()
            .AddScoped<DispatcherHealthReader>()
            .AddScoped<SchedulerStatusBoard>()
            .AddSingleton<DispatcherWatch>()
            .AddJob<DispatcherWatchJob>(DispatcherWatchJob.Key, DispatcherWatchJob.Every)
            .AddSingleton(new NavigationItem("Publishing status", "Scheduler", Page: "/Status/Index", Order: 34, Permission.ManageTeam));
    }
}
