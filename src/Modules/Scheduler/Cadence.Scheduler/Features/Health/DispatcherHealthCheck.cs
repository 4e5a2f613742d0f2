using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cadence.Scheduler.Features.Health;

/// <summary>
/// Degraded, not Unhealthy: a silent dispatcher or overdue posts are the whole deployment's problem, and failing
/// readiness would only take every node out of the load balancer and the pages with it.
/// </summary>
internal sealed class DispatcherHealthCheck(DispatcherHealthReader reader) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await reader.ReadAsync(cancellationToken);
        return report.IsHealthy ? HealthCheckResult.Healthy(report.Describe()) : HealthCheckResult.Degraded(report.Describe());
    }
}
