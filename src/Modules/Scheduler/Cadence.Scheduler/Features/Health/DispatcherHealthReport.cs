namespace Cadence.Scheduler.Features.Health;

/// <summary>How the dispatcher stands now: how long it has been silent (null when it is not) and how many posts are overdue.</summary>
internal sealed record DispatcherHealthReport(DateTime? LastBeatAtUtc, TimeSpan? Silence, int OverduePosts)
{
    public bool IsHealthy => Silence is null && OverduePosts == 0;

    public string Describe() => IsHealthy
        ? "dispatcher running, no posts overdue"
        : string.Join("; ", new[]
        {
            Silence is { } silence ? DispatcherHealthRules.Silent(silence) : null,
            OverduePosts > 0 ? DispatcherHealthRules.Overdue(OverduePosts) : null,
        }.OfType<string>());
}
