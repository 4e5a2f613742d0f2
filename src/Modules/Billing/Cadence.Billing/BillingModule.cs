using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Billing.Contracts;
using Cadence.Billing.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Billing;

public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<BillingDbContext, BillingSqliteDbContext, BillingSqlServerDbContext>(configuration, BillingModuleName.Value);
        services.AddSingleton(new NavigationItem("Billing", "Billing", Page: null, Order: 60, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapBillingModule(this WebApplication app) => app;
}
