using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Features.Health;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Alerts;

internal static class AlertsRegistration
{
    /// <summary>
    /// Alerts (and the dispatcher's health check, status page and watch). Alerts come from the Scheduler's own
    /// PostPublishFailed events through its inbox: the state change commits first, and the alert and email follow once,
    /// without slowing or risking the publishing step.
    /// </summary>
    public static IServiceCollection AddPublishAlerts(this IServiceCollection services) =>
        services
            .AddHttpContextAccessor()
            .AddScoped<SchedulerLinks>()
            .AddScoped<AgencyAlerts>()
            .AddScoped<AlertInbox>()
            .AddScoped<INavigationBadge, UnreadAlertsBadge>()
            .AddIntegrationEventHandler<PostPublishFailed, AlertOnPublishProblem, SchedulerDbContext>()
            .AddDispatcherHealth()
            .AddSingleton(new NavigationItem("Alerts", "Scheduler", Page: "/Alerts/Index", Order: 33, Permission.ViewContent));
}
