using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.BuildingBlocks.Infrastructure.Tenancy;

/// <summary>The tenant context of one scope: set from the signed-in member by middleware, or by a job acting for an agency.</summary>
public sealed class CurrentAgency : ICurrentAgency
{
    public Guid? AgencyId { get; private set; }

    public Guid? UserId { get; private set; }

    public AgencyRole? Role { get; private set; }

    public IReadOnlySet<Guid>? ClientIds { get; private set; }

    public void Set(AgencyMembership membership)
    {
        AgencyId = membership.AgencyId;
        UserId = membership.UserId;
        Role = membership.Role;
        ClientIds = membership.ClientIds;
    }

    /// <summary>For background work: every client of the agency is in reach and no person is acting.</summary>
    public void ActFor(Guid agencyId)
    {
        AgencyId = agencyId;
        UserId = null;
        Role = null;
        ClientIds = null;
    }
}
