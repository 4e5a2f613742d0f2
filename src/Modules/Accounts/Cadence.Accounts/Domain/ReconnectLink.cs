namespace Cadence.Accounts.Domain;

/// <summary>
/// A link an Admin sends the client so the client, who owns the Instagram credentials, can reconnect one account without
/// a Cadence sign-in. Only the hash of its secret is stored; it works once and expires.
/// </summary>
internal sealed class ReconnectLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string TokenHash { get; init; }

    public Guid AgencyId { get; init; }

    public Guid AccountId { get; init; }

    public Guid CreatedByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? UsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool IsOpenAt(DateTime nowUtc) => UsedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;
}
