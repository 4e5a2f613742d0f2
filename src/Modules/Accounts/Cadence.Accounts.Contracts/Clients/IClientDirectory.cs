namespace Cadence.Accounts.Contracts.Clients;

/// <summary>The current agency's clients that the current member may see.</summary>
public interface IClientDirectory
{
    Task<ClientSummary?> FindAsync(Guid clientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClientSummary>> ListActiveAsync(CancellationToken cancellationToken);
}
