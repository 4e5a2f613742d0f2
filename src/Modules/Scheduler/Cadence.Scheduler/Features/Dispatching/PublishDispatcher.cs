using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Features.Dispatching;

/// <summary>
/// One round of publishing: claim due targets with a lease, advance each through <see cref="TargetPublisher"/>, release.
/// Safe to run on every node at once; the lease decides who works on what.
/// </summary>
internal sealed partial class PublishDispatcher(IServiceScopeFactory scopes, DispatcherNode node, ILogger<PublishDispatcher> logger)
{
    public const int BatchSize = 20;

    // Each target waits mostly on Instagram, so a few run side by side; more would only queue on the database.
    private const int Parallelism = 8;

    /// <summary>Claims and advances one batch; returns how many targets it worked on.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<PublishLeases>().ClaimDueAsync(node.Name, BatchSize, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DispatcherHeartbeats>().BeatAsync(node.Name, claimed.Count, cancellationToken);
        }

        await Parallel.ForEachAsync(
            claimed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, AdvanceAsync);
        return claimed.Count;
    }

    /// <summary>
    /// Gives up on what is past its client's maximum lateness, then runs rounds until one finds nothing due: what the
    /// Quartz job does each time it fires.
    /// </summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MarkMissedTargets>().RunAsync(cancellationToken);
        }

        while (await RunOnceAsync(cancellationToken) == BatchSize)
        {
        }
    }

    private async ValueTask AdvanceAsync(Guid targetId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<PublishLeases>();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TargetPublisher>().AdvanceAsync(targetId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One target's unexpected failure must not stop the batch; its lease runs out and it is tried again.
            LogAdvanceFailed(exception, targetId);
            return;
        }

        await leases.ReleaseAsync(targetId, node.Name, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing target {TargetId} failed unexpectedly; it will be retried when its lease ends.")]
    private partial void LogAdvanceFailed(Exception exception, Guid targetId);
}
