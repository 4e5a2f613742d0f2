using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Engagement.Contracts;
using Cadence.Engagement.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Engagement;

public static class EngagementModule
{
    public static IServiceCollection AddEngagementModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EngagementDbContext, EngagementSqliteDbContext, EngagementSqlServerDbContext>(configuration, EngagementModuleName.Value);
        services.AddSingleton(new NavigationItem("Inbox", "Engagement", Page: null, Order: 40, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapEngagementModule(this WebApplication app) => app;
}
