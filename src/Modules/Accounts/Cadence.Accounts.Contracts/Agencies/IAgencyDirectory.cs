namespace Cadence.Accounts.Contracts.Agencies;

/// <summary>Reads about agencies and their members, for the host's shell and other modules.</summary>
public interface IAgencyDirectory
{
    /// <summary>Every agency the person belongs to, by name.</summary>
    Task<IReadOnlyList<AgencyChoice>> ListForUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The current agency's setup so far; null when no agency is current.</summary>
    Task<AgencyOverview?> GetOverviewAsync(CancellationToken cancellationToken);

    /// <summary>The current agency's members, by name; empty when no agency is current.</summary>
    Task<IReadOnlyList<AgencyMember>> ListMembersAsync(CancellationToken cancellationToken);
}
