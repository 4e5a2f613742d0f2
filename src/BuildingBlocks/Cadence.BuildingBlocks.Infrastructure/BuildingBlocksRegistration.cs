using Cadence.BuildingBlocks.Infrastructure.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Jobs;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cadence.BuildingBlocks.Infrastructure;

public static class BuildingBlocksRegistration
{
    public static IServiceCollection AddCadenceBuildingBlocks(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(DatabaseSettings.From(configuration, contentRoot));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<PublicAddress>();
        services.AddScoped<CurrentAgency>();
        services.AddScoped<ICurrentAgency>(provider => provider.GetRequiredService<CurrentAgency>());
        services.AddCadenceAuthorization();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHealthChecks().AddCheck<MigrationsAppliedHealthCheck>("database", tags: ["ready"]);
        services.AddJob<OutboxDispatchJob>(OutboxDispatchJob.Key, TimeSpan.FromSeconds(2));
        return services;
    }

    /// <summary>Registers a handler of another module's event, remembered in <typeparamref name="TContext"/>'s inbox.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TContext>(this IServiceCollection services)
        where TEvent : Events.IntegrationEvent
        where THandler : class, Events.IIntegrationEventHandler<TEvent>
        where TContext : IModuleDbContext
    {
        services.AddScoped<THandler>();
        services.AddSingleton(IntegrationEventHandlerRegistration.For<TEvent, THandler, TContext>());
        return services;
    }

    public static IApplicationBuilder UseCurrentAgency(this IApplicationBuilder app) => app.UseMiddleware<CurrentAgencyMiddleware>();

    /// <summary>API requests answer the error envelope; pages get the HTML status pages instead.</summary>
    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) => app.UseMiddleware<Api.ApiErrorMiddleware>();
}
