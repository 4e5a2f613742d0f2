using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Scheduler.FaultHost;

/// <summary>Every client of the scenario keeps UTC: the fault tests judge publish calls, not how times read.</summary>
internal sealed class ScenarioClients(ICurrentAgency current) : IClientDirectory
{
    public Task<ClientSummary?> FindAsync(Guid clientId, CancellationToken cancellationToken) =>
        Task.FromResult<ClientSummary?>(current.AgencyId is { } agencyId ? new ClientSummary(clientId, agencyId, "Fault scenario", "UTC", "#000000", IsArchived: false) : null);

    public Task<IReadOnlyList<ClientSummary>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClientSummary>>([]);
}
