using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Contracts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Features.Dispatching;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.FaultHost;

/// <summary>
/// The Scheduler's publishing services as the Host composes them, on a SQLite file and a sandbox URL, with the account
/// tokens and post snapshots of a <see cref="FaultScenario"/> standing in for the Accounts and Composer modules.
/// </summary>
internal static class FaultHostServices
{
    public static ServiceProvider Build(string databasePath, string sandboxUrl, FaultScenario scenario, TimeProvider clock, string node, Action<IServiceCollection>? customize = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instagram:AuthBaseUrl"] = sandboxUrl,
            ["Instagram:ApiBaseUrl"] = sandboxUrl,
            ["Instagram:GraphBaseUrl"] = sandboxUrl,
            ["Instagram:AppId"] = "1000000000000001",
            ["Instagram:AppSecret"] = "sandbox-app-secret",
            ["Instagram:MaxRetryAttempts"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddSingleton(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={databasePath}", MigrateOnStartup: false));
        services.AddScoped<CurrentAgency>();
        services.AddScoped<ICurrentAgency>(provider => provider.GetRequiredService<CurrentAgency>());
        services.AddScoped<IClientDirectory, ScenarioClients>();
        services.AddModuleDbContext<SchedulerDbContext, SchedulerSqliteDbContext, SchedulerSqlServerDbContext>(configuration, SchedulerModuleName.Value);
        services.AddInstagramPlatform(configuration);
        services.AddSingleton<IInstagramAccountTokens>(new ScenarioTokens(scenario));
        services.AddSingleton<IPublishablePosts>(new ScenarioPosts(scenario));
        customize?.Invoke(services);
        services.AddPublishing();
        services.AddSingleton(new DispatcherNode(node));
        services.AddSingleton<PublishDispatcher>();
        services.AddScoped<DispatcherHeartbeats>();
        services.AddScoped<MarkMissedTargets>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
