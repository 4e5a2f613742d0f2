using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Ready means the database answers and every module's migrations are applied.</summary>
internal sealed class MigrationsAppliedHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules)
        {
            var database = ((DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType)).Database;
            if (!await database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"The database cannot be reached for module {module.Module}.");
            }

            var pending = (await database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"Module {module.Module} has {pending.Count} migrations not applied.");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
