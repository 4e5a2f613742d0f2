using Cadence.BuildingBlocks.Results;

namespace Cadence.Accounts.Contracts.InstagramAccounts;

/// <summary>
/// Tokens for server-side Instagram calls (jobs included: the agency is named, not taken from a request). Callers report
/// every invalid-token answer Instagram gives, so the account is marked for reconnection exactly once.
/// </summary>
public interface IInstagramAccountTokens
{
    /// <summary>The token of an account of <paramref name="agencyId"/>; fails with <see cref="InstagramAccountErrors"/> codes when none is usable.</summary>
    Task<Result<InstagramAccountToken>> GetAsync(Guid agencyId, Guid accountId, CancellationToken cancellationToken);

    /// <summary>Instagram answered "invalid token" (code 190 or 102) for this account; <paramref name="reason"/> is Instagram's message.</summary>
    Task ReportTokenRejectedAsync(Guid agencyId, Guid accountId, string reason, CancellationToken cancellationToken);
}
