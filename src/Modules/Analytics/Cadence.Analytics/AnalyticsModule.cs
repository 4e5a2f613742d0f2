using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Analytics.Contracts;
using Cadence.Analytics.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Analytics;

public static class AnalyticsModule
{
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AnalyticsDbContext, AnalyticsSqliteDbContext, AnalyticsSqlServerDbContext>(configuration, AnalyticsModuleName.Value);
        services.AddSingleton(new NavigationItem("Analytics", "Analytics", Page: null, Order: 50, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapAnalyticsModule(this WebApplication app) => app;
}
