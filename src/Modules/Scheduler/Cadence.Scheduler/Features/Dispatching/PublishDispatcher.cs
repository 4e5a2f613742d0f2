using System.Collections.Concurrent;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Features.Dispatching;

/// <summary>
/// Claims due targets with a lease, advances each through <see cref="TargetPublisher"/>, releases. Safe to run on every
/// node at once; the lease decides who works on what.
/// </summary>
internal sealed partial class PublishDispatcher(IServiceScopeFactory scopes, DispatcherNode node, ILogger<PublishDispatcher> logger)
{
    public const int BatchSize = 100;

    // A target spends nearly all its time waiting on Instagram (150 ms or more per call, three calls at the due
    // instant), so many run side by side; the database work between calls is short. With 1,000 posts due at once on
    // two cores, 64 in flight queued the posts behind each other, 256 left the CPU as the limit: docs/benchmarks.md.
    public const int DefaultParallelism = 256;

    // Claims are one read and one update whatever their size, so the pipeline refills in chunks, not one by one.
    private const int RefillChunk = 8;

    private int runGate;

    /// <summary>How many targets this node advances at once.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    /// <summary>Claims and advances one batch; returns how many targets it worked on.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(BatchSize, [], cancellationToken);
        var finished = new ConcurrentQueue<Guid>();
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, token) => await AdvanceAsync(id, finished, token));
        await ReleaseAsync([.. finished], cancellationToken);
        return claimed.Count;
    }

    /// <summary>
    /// Gives up on what is past its client's maximum lateness, then keeps up to <see cref="Parallelism"/> targets in
    /// flight, claiming more as others finish, until nothing is due before the job's next firing: what the Quartz job
    /// does each time it fires.
    /// </summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        // One run per node at a time, whatever Quartz fires: two runs under one owner name could read back each other's
        // claims when their lease expiry times fall on the same tick.
        if (Interlocked.CompareExchange(ref runGate, 1, 0) != 0)
        {
            return;
        }

        try
        {
            await RunAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref runGate, 0);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MarkMissedTargets>().RunAsync(cancellationToken);
        }

        var running = new HashSet<Task>();
        var finished = new ConcurrentQueue<Guid>();
        while (true)
        {
            running.RemoveWhere(t => t.IsCompleted);
            var room = Parallelism - running.Count;
            var claimed = room >= Math.Min(RefillChunk, Parallelism) || running.Count == 0
                ? await ClaimAsync(room, Drain(finished), cancellationToken)
                : [];
            foreach (var id in claimed)
            {
                running.Add(AdvanceAsync(id, finished, cancellationToken));
            }

            if (running.Count == 0)
            {
                if (await WaitForNextDueAsync(cancellationToken))
                {
                    continue;
                }

                break;
            }

            // Nothing more due right now, or no room: wait for one to finish before looking again.
            if (claimed.Count < room || room - claimed.Count < RefillChunk)
            {
                await Task.WhenAny(running);
            }
        }

        await ReleaseAsync(Drain(finished), cancellationToken);
    }

    private async Task<IReadOnlyList<Guid>> ClaimAsync(int max, IReadOnlyCollection<Guid> release, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<PublishLeases>();
        await leases.ReleaseAsync(release, node.Name, cancellationToken);
        var claimed = await leases.ClaimDueAsync(node.Name, max, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DispatcherHeartbeats>().BeatAsync(node.Name, claimed.Count, cancellationToken);
        return claimed;
    }

    // A post due before the job fires again would wait up to a whole interval: this run waits for its instant instead.
    private async Task<bool> WaitForNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var next = await scope.ServiceProvider.GetRequiredService<PublishLeases>().NextDueWithinAsync(PublishDispatchJob.Every, cancellationToken);
        if (next is not { } dueAtUtc)
        {
            return false;
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var wait = dueAtUtc - clock.GetUtcNow().UtcDateTime;
        if (wait > TimeSpan.Zero)
        {
            // Wall time, as Quartz fires on wall time; a clock that did not move meanwhile (a test's) ends the run.
            await Task.Delay(wait, cancellationToken);
        }

        return clock.GetUtcNow().UtcDateTime >= dueAtUtc;
    }

    private async Task ReleaseAsync(IReadOnlyCollection<Guid> finished, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublishLeases>().ReleaseAsync(finished, node.Name, cancellationToken);
    }

    private static List<Guid> Drain(ConcurrentQueue<Guid> finished)
    {
        var ids = new List<Guid>();
        while (finished.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        return ids;
    }

    private async Task AdvanceAsync(Guid targetId, ConcurrentQueue<Guid> finished, CancellationToken cancellationToken)
    {
        // Off the claiming loop at once: the publisher's first database call must not run on the loop's thread.
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TargetPublisher>().AdvanceAsync(targetId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One target's unexpected failure must not stop the others; its lease runs out and it is tried again.
            LogAdvanceFailed(exception, targetId);
            return;
        }

        finished.Enqueue(targetId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing target {TargetId} failed unexpectedly; it will be retried when its lease ends.")]
    private partial void LogAdvanceFailed(Exception exception, Guid targetId);
}
