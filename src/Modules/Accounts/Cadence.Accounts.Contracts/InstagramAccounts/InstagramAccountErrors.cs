namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>Error codes of <see cref="IInstagramAccountTokens.GetAsync"/>.</summary>
public static class InstagramAccountErrors
{
    public const string NeedsReconnection = "instagram_needs_reconnection";
    public const string Disconnected = "instagram_disconnected";
}
