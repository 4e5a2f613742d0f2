namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>What a server-side Instagram call needs: the account's Instagram user id and its decrypted token.</summary>
public sealed record InstagramAccountToken(Guid AccountId, string InstagramUserId, string AccessToken)
{
    // Records print every property; a token must never reach a log through ToString.
    public override string ToString() => $"InstagramAccountToken {{ AccountId = {AccountId}, InstagramUserId = {InstagramUserId}, AccessToken = *** }}";
}
