namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>Why a post did not go out to an account.</summary>
public enum PublishProblemKind
{
    /// <summary>Instagram refused it, or it could not be made publishable; final.</summary>
    Failed,

    /// <summary>It could not go out within its client's maximum lateness; final, a person chooses a new time.</summary>
    Missed,

    /// <summary>It waits, keeping its time, for what <see cref="PublishHoldCause"/> says.</summary>
    Held,
}
