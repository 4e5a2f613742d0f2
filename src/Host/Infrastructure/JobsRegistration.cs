using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Quartz;

namespace Cadence.Host.Infrastructure;

internal static class JobsRegistration
{
    /// <summary>
    /// One Quartz scheduler for every module's jobs. On SQL Server it is clustered over the database so several hosts
    /// share the work; SQLite runs one host, so its store stays in memory. Business state never lives in Quartz.
    /// <c>Jobs:Enabled=false</c> leaves the scheduler stopped, for tests that run jobs by hand.
    /// </summary>
    public static IServiceCollection AddCadenceJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddQuartz(quartz =>
        {
            if (DatabaseSettings.ProviderFrom(configuration) == DatabaseProvider.SqlServer)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UseSqlServer(configuration.GetConnectionString("Default")!);
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                    store.ConfigureStore(options => options.AcquireTriggersWithinLock = true);
                });
            }
        });
        if (configuration.GetValue("Jobs:Enabled", defaultValue: true))
        {
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        }

        return services;
    }
}
