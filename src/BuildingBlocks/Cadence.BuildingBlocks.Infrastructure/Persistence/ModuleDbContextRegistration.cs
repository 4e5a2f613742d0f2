using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's context as <typeparamref name="TContext"/>, resolving to the subclass that carries the
    /// active provider's migrations.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqliteContext, TSqlServerContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TContext : DbContext, IModuleDbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        void Configure(IServiceProvider provider, DbContextOptionsBuilder options)
        {
            var settings = provider.GetRequiredService<DatabaseSettings>();
            options.UseModuleDatabase(settings.Provider, settings.ConnectionString, module);
        }

        if (DatabaseSettings.ProviderFrom(configuration) == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<TContext, TSqlServerContext>(Configure);
        }
        else
        {
            services.AddDbContext<TContext, TSqliteContext>(Configure);
        }

        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        return services;
    }
}
