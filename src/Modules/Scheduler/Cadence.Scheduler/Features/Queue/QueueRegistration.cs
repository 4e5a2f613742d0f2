using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Queue;

internal static class QueueRegistration
{
    /// <summary>Editing an account's weekly slots, pausing it, and reordering what is queued.</summary>
    public static IServiceCollection AddQueue(this IServiceCollection services) =>
        services
            .AddScoped<ManageQueue>()
            .AddSingleton(new NavigationItem("Queue", "Scheduler", "/Queue/Index", Order: 32, Permission.ViewContent));
}
