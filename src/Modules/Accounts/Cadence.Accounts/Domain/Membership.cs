using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Domain;

/// <summary>A person's place in an agency: a role, and optionally only some of its clients.</summary>
internal sealed class Membership : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid UserId { get; init; }

    public AgencyRole Role { get; set; }

    public bool RestrictedToClients { get; set; }

    public List<Guid> ClientIds { get; set; } = [];

    public DateTime JoinedAtUtc { get; init; }

    public AgencyMembership ToTenant() =>
        new(AgencyId, UserId, Role, RestrictedToClients ? ClientIds.ToHashSet() : null);
}
