namespace Cadence.BuildingBlocks.Tenancy;

/// <summary>The agency the current request or job acts for, and what the person behind it may see there.</summary>
public interface ICurrentAgency
{
    /// <summary>The agency, or null when nobody is signed in to one.</summary>
    Guid? AgencyId { get; }

    Guid? UserId { get; }

    AgencyRole? Role { get; }

    /// <summary>The clients a restricted member may see; null when the member sees every client.</summary>
    IReadOnlySet<Guid>? ClientIds { get; }

    bool CanAccessClient(Guid clientId) => ClientIds is null || ClientIds.Contains(clientId);
}
