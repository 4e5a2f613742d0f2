using Quartz;

namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

[DisallowConcurrentExecution]
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "cadence");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchPendingAsync(cancellationToken);
}
