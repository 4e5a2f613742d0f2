namespace Cadence.Scheduler.Domain;

/// <summary>The last time a dispatcher ran, per node: what health checks read to say "dispatcher silent for N minutes".</summary>
internal sealed class DispatcherHeartbeat
{
    public required string Node { get; init; }

    public DateTime LastBeatAtUtc { get; set; }

    public int LastClaimed { get; set; }
}
