namespace Cadence.Instagram;

/// <summary>Whose Graph calls these are: the account id (IG_ID, or "me") and its access token.</summary>
public sealed record AccountAccess(string AccountId, string AccessToken)
{
    /// <summary>Access for the token's own account, addressed as <c>me</c>.</summary>
    public static AccountAccess Me(string accessToken) => new("me", accessToken);

    // Records print every property; a token must never reach a log through ToString.
    public override string ToString() => $"AccountAccess {{ AccountId = {AccountId}, AccessToken = *** }}";
}
