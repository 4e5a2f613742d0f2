namespace Cadence.Scheduler.Features.Publishing;

/// <summary>How long a publish target waits between tries, and when it stops trying: nothing retries forever.</summary>
internal static class PublishRetryPolicy
{
    /// <summary>Transient failures (network, 5xx) are retried this many times at most.</summary>
    public const int MaxAttempts = 8;

    /// <summary>Containers still processing are polled this many times at most (Meta: about once a minute, a few minutes).</summary>
    public const int MaxPolls = 15;

    /// <summary>Past its due time by this much, a target that keeps failing gives up.</summary>
    public static readonly TimeSpan GiveUpAfterDue = TimeSpan.FromHours(2);

    /// <summary>When the publishing quota is used up and Cadence does not know when the rolling window frees a slot: look again then.</summary>
    public static readonly TimeSpan QuotaWait = TimeSpan.FromMinutes(30);

    /// <summary>Throttled without being told for how long.</summary>
    public static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromMinutes(5);

    /// <summary>30 s, 1 min, 2 min, … up to 15 min.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromMinutes(15).TotalSeconds));

    /// <summary>5 s, 10 s, 20 s, 40 s, then every minute.</summary>
    public static TimeSpan PollDelay(int polls) =>
        TimeSpan.FromSeconds(Math.Min(5 * Math.Pow(2, Math.Max(0, polls - 1)), 60));

    public static bool ShouldGiveUp(int attempts, DateTime dueAtUtc, DateTime nowUtc) =>
        attempts >= MaxAttempts || nowUtc > dueAtUtc + GiveUpAfterDue;
}
