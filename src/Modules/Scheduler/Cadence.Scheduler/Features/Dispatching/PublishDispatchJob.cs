using Quartz;

namespace Cadence.Scheduler.Features.Dispatching;

/// <summary>Fires every second on every node; Quartz may double-fire, the leases keep each target to one worker.</summary>
[DisallowConcurrentExecution]
internal sealed class PublishDispatchJob(PublishDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("publish-dispatch", "scheduler");

    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.RunUntilIdleAsync(cancellationToken);
}
