namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>A client's linked Instagram account as other modules see it: never its token.</summary>
public sealed record InstagramAccountSummary(
    Guid AccountId,
    Guid AgencyId,
    Guid ClientId,
    string InstagramUserId,
    string Username,
    string? Name,
    string? ProfilePictureUrl,
    InstagramAccountStatus Status,
    int? DaysUntilTokenExpires,
    IReadOnlyList<string> Permissions,
    long? FollowersCount,
    long? MediaCount,
    DateTime? LastSyncedAtUtc)
{
    public const string PublishPermission = "instagram_business_content_publish";

    /// <summary>Usable now and granted the publishing scope.</summary>
    public bool CanPublish =>
        Status is InstagramAccountStatus.Active or InstagramAccountStatus.ExpiringSoon && Permissions.Contains(PublishPermission);
}
