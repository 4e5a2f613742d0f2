namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>How a linked Instagram account stands, as shown everywhere it appears.</summary>
public enum InstagramAccountStatus
{
    Active,

    /// <summary>Working, but its token expires within days and could not be refreshed yet.</summary>
    ExpiringSoon,

    /// <summary>Instagram refused its token: nothing can be done for it until someone reconnects it.</summary>
    NeedsReconnection,

    /// <summary>Unlinked on purpose; its history stays.</summary>
    Disconnected,
}
