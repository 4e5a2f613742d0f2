namespace Cadence.BuildingBlocks.Tenancy;

/// <summary>Finds the agency a signed-in person is acting for. Implemented by the module that owns memberships.</summary>
public interface IAgencyMembershipResolver
{
    Task<AgencyMembership?> ResolveAsync(Guid userId, Guid? preferredAgencyId, CancellationToken cancellationToken);
}
