using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Accounts.Domain;

/// <summary>
/// A client's Instagram professional account and the (encrypted) token Cadence acts with. One row per Instagram account
/// per agency, kept after disconnection so the account's history stays whole.
/// </summary>
internal sealed class LinkedAccount : IAgencyOwned
{
    /// <summary>Below this many days left, a token that could not be refreshed is flagged to the agency.</summary>
    public static readonly TimeSpan ExpiringSoonWithin = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The professional account id (IG_ID), the same whoever connects it.</summary>
    public required string InstagramUserId { get; init; }

    public required string Username { get; set; }

    public string? Name { get; set; }

    public string? AccountType { get; set; }

    public string? ProfilePictureUrl { get; set; }

    public long? FollowersCount { get; set; }

    public long? FollowsCount { get; set; }

    public long? MediaCount { get; set; }

    public LinkState State { get; private set; }

    /// <summary>The long-lived token, encrypted with Data Protection; null once disconnected.</summary>
    public string? ProtectedToken { get; private set; }

    public DateTime? TokenIssuedAtUtc { get; private set; }

    public DateTime? TokenExpiresAtUtc { get; private set; }

    /// <summary>The scopes granted at consent, comma-separated.</summary>
    public string Permissions { get; private set; } = string.Empty;

    public DateTime ConnectedAtUtc { get; init; }

    public Guid? ConnectedByUserId { get; set; }

    public DateTime? LastSyncedAtUtc { get; set; }

    public DateTime? LastRefreshFailedAtUtc { get; private set; }

    public string? Problem { get; private set; }

    public DateTime? NeedsReconnectionSinceUtc { get; private set; }

    public DateTime? DisconnectedAtUtc { get; private set; }

    public IReadOnlyList<string> PermissionList => Permissions.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A fresh token from consent: whatever the account's state was, it works again.</summary>
    public void UseToken(string protectedToken, DateTime issuedAtUtc, DateTime expiresAtUtc, IEnumerable<string> permissions)
    {
        ProtectedToken = protectedToken;
        TokenIssuedAtUtc = issuedAtUtc;
        TokenExpiresAtUtc = expiresAtUtc;
        Permissions = string.Join(',', permissions);
        State = LinkState.Active;
        Problem = null;
        LastRefreshFailedAtUtc = null;
        NeedsReconnectionSinceUtc = null;
        DisconnectedAtUtc = null;
    }

    /// <summary>A refreshed token keeps the granted scopes.</summary>
    public void UseRefreshedToken(string protectedToken, DateTime issuedAtUtc, DateTime expiresAtUtc)
    {
        ProtectedToken = protectedToken;
        TokenIssuedAtUtc = issuedAtUtc;
        TokenExpiresAtUtc = expiresAtUtc;
        LastRefreshFailedAtUtc = null;
        Problem = null;
    }

    public void RecordRefreshFailure(string problem, DateTime atUtc)
    {
        LastRefreshFailedAtUtc = atUtc;
        Problem = problem;
    }

    public void Disconnect(DateTime atUtc)
    {
        State = LinkState.Disconnected;
        ProtectedToken = null;
        TokenIssuedAtUtc = null;
        TokenExpiresAtUtc = null;
        Problem = null;
        NeedsReconnectionSinceUtc = null;
        DisconnectedAtUtc = atUtc;
    }

    public InstagramAccountStatus StatusAt(DateTime nowUtc) => State switch
    {
        LinkState.Disconnected => InstagramAccountStatus.Disconnected,
        LinkState.NeedsReconnection => InstagramAccountStatus.NeedsReconnection,
        _ when TokenExpiresAtUtc is not { } expires || expires <= nowUtc => InstagramAccountStatus.NeedsReconnection,
        _ when TokenExpiresAtUtc - nowUtc <= ExpiringSoonWithin => InstagramAccountStatus.ExpiringSoon,
        _ => InstagramAccountStatus.Active,
    };

    /// <summary>Whole days left on the token, rounded down; null without one.</summary>
    public int? DaysUntilTokenExpires(DateTime nowUtc) =>
        TokenExpiresAtUtc is { } expires ? Math.Max(0, (int)(expires - nowUtc).TotalDays) : null;
}

internal enum LinkState
{
    Active,
    NeedsReconnection,
    Disconnected,
}
