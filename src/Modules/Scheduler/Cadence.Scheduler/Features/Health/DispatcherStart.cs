namespace Cadence.Scheduler.Features.Health;

/// <summary>When this node began watching the dispatcher: no beat at all is fine until the start grace has passed.</summary>
internal sealed class DispatcherStart(TimeProvider clock)
{
    public DateTime StartedAtUtc { get; } = clock.GetUtcNow().UtcDateTime;
}
