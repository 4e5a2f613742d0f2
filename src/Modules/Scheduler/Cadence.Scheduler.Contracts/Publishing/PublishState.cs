namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>Where publishing a post to one account stands. Published, Failed, Missed and Cancelled are final.</summary>
public enum PublishState
{
    /// <summary>Waiting for its time (its media may already be prepared on Instagram).</summary>
    Scheduled,

    /// <summary>The publish call was made and its outcome is being confirmed.</summary>
    Publishing,

    /// <summary>Waiting for a person (account reconnection or approval), keeping its time.</summary>
    Held,

    Published,
    Failed,
    Missed,
    Cancelled,
}
