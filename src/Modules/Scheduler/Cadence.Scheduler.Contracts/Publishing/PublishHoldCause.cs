namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>What a held post waits for.</summary>
public enum PublishHoldCause
{
    /// <summary>The Instagram account must be reconnected.</summary>
    AccountReconnection,

    /// <summary>The post was edited after approval and must be approved again.</summary>
    Approval,
}
