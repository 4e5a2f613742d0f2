using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Scheduler.Contracts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Features.Alerts;
using Cadence.Scheduler.Features.Calendar;
using Cadence.Scheduler.Features.Checks;
using Cadence.Scheduler.Features.Dispatching;
using Cadence.Scheduler.Features.Outcomes;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Queue;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler;

public static class SchedulerModule
{
    public static IServiceCollection AddSchedulerModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SchedulerDbContext, SchedulerSqliteDbContext, SchedulerSqlServerDbContext>(configuration, SchedulerModuleName.Value);
        services.AddPublishing();
        services.AddScheduling();
        services.AddPostSchedulingPages();
        services.AddDispatching();
        services.AddCalendar();
        services.AddQueue();
        services.AddPrePublishChecks();
        services.AddPublishAlerts();
        services.AddPostOutcomes();
        services.AddSingleton(new NavigationItem("Calendar", "Scheduler", Page: "/Calendar/Index", Order: 30, Permission.ViewContent));
        services.AddSingleton(new NavigationItem("Ready to schedule", "Scheduler", Page: "/Posts/Ready", Order: 31, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapSchedulerModule(this WebApplication app) => app;
}
