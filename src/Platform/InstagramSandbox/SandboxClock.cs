namespace Cadence.InstagramSandbox;

/// <summary>The sandbox's own clock: the host's <see cref="TimeProvider"/> plus an offset the admin API moves forward.</summary>
public sealed class SandboxClock(TimeProvider inner) : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
