using Quartz;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>Every minute: checks what was just booked and what is due within the hour (see <see cref="CheckTiming"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class PrePublishCheckJob(DueChecks checks) : IJob
{
    public static readonly JobKey Key = new("pre-publish-checks", "scheduler");

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Bounded: a target whose check keeps failing stays due, and must not keep this run going.
        for (var round = 0; round < 10 && await checks.RunOnceAsync(cancellationToken) == DueChecks.BatchSize; round++)
        {
        }
    }
}
