namespace Cadence.Scheduler.Domain;

/// <summary>Where publishing one post to one account stands. Published, Failed, Missed and Cancelled are final.</summary>
internal enum TargetState
{
    /// <summary>Waiting for its due time; containers not made yet.</summary>
    Scheduled,

    /// <summary>Containers are made and FINISHED, for the content version recorded; only the publish call remains.</summary>
    Prepared,

    /// <summary>The publish call was (or may have been) made: never call it again, reconcile instead.</summary>
    PublishAttempted,

    /// <summary>The account cannot be used until it is reconnected; resumes on the Accounts event.</summary>
    Held,

    Published,
    Failed,
    Missed,
    Cancelled,
}
