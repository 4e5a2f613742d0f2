using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Domain;

/// <summary>An offer to join an agency, sent by email; only the hash of its token is kept.</summary>
internal sealed class Invitation : IAgencyOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public required string Email { get; init; }

    public required string NormalizedEmail { get; init; }

    public AgencyRole Role { get; init; }

    public bool RestrictedToClients { get; init; }

    public List<Guid> ClientIds { get; init; } = [];

    public required string TokenHash { get; init; }

    public Guid InvitedByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? AcceptedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool IsOpen(DateTime nowUtc) => AcceptedAtUtc is null && RevokedAtUtc is null && ExpiresAtUtc > nowUtc;

    /// <summary>Marks the invitation used and gives the membership it offered, with its role and client restriction.</summary>
    public Membership AcceptFor(Guid userId, DateTime nowUtc)
    {
        AcceptedAtUtc = nowUtc;
        return new Membership
        {
            AgencyId = AgencyId,
            UserId = userId,
            Role = Role,
            RestrictedToClients = RestrictedToClients,
            ClientIds = [.. ClientIds],
            JoinedAtUtc = nowUtc,
        };
    }
}
