using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>
/// A link the agency sends its client to approve one post or a batch without signing in. Only the hash of its secret is
/// stored; it expires and can be revoked.
/// </summary>
internal sealed class ApprovalLink : IAgencyOwned
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public required string TokenHash { get; init; }

    /// <summary>Who the link was sent to, as the agency named them; shown in the audit trail.</summary>
    public required string RecipientName { get; init; }

    public string? RecipientEmail { get; init; }

    public List<ApprovalLinkPost> Posts { get; init; } = [];

    public Guid CreatedByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastOpenedAtUtc { get; set; }

    public bool IsOpenAt(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;
}
