namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>The current agency's linked Instagram accounts that the current member may see.</summary>
public interface IInstagramAccountDirectory
{
    Task<IReadOnlyList<InstagramAccountSummary>> ListForClientAsync(Guid clientId, CancellationToken cancellationToken);

    Task<InstagramAccountSummary?> FindAsync(Guid accountId, CancellationToken cancellationToken);
}
