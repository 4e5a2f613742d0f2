using Quartz;

namespace Cadence.Scheduler.Features.Health;

/// <summary>Once a minute; on several nodes it may run twice, which at worst tells an agency twice about one incident.</summary>
[DisallowConcurrentExecution]
internal sealed class DispatcherWatchJob(DispatcherWatch watch) : IJob
{
    public static readonly JobKey Key = new("dispatcher-watch", "scheduler");

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await watch.RunAsync(cancellationToken);
}
