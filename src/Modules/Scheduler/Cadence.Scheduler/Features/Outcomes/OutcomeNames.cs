using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Outcomes;

/// <summary>A target's state as the person watching the post reads it.</summary>
internal static class OutcomeNames
{
    public static string Of(PublishTarget target, DateTime nowUtc) => target.State switch
    {
        TargetState.Scheduled when target.ContainerId is null && target.DueAtUtc > nowUtc => "Scheduled",
        TargetState.Scheduled => "Preparing",
        TargetState.Prepared when target.DueAtUtc > nowUtc => "Preparing",
        TargetState.Prepared or TargetState.PublishAttempted => "Publishing",
        TargetState.Held => "Held",
        TargetState.Published => "Published",
        TargetState.Failed => "Failed",
        TargetState.Missed => "Missed",
        TargetState.Cancelled => "Cancelled",
        _ => target.State.ToString(),
    };

    /// <summary>
    /// Still on its way, due, and its next step coming within a minute: the page polls until it settles. One deferred
    /// for longer (the quota, a backoff) says when in its problem, so the page does not poll through the wait.
    /// </summary>
    public static bool IsUnderWay(PublishTarget target, DateTime nowUtc) =>
        target.State is TargetState.Scheduled or TargetState.Prepared or TargetState.PublishAttempted
        && target.DueAtUtc <= nowUtc
        && target.NextAttemptAtUtc <= nowUtc + PollingHorizon;

    private static readonly TimeSpan PollingHorizon = TimeSpan.FromMinutes(1);

    /// <summary>Instagram refused what the post contains (not the account or the connection), so editing it is the way out.</summary>
    public static bool IsContentFailure(PublishTarget target) =>
        target.State == TargetState.Failed && target.Problem is { } problem && !ConnectionProblems.Any(problem.Contains);

    private static readonly string[] ConnectionProblems =
    [
        "could not download", "timed out", "could not be reached", "never said", "no longer linked", "publishing limit", "discarded the prepared media",
    ];
}
