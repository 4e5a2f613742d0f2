using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Results;

namespace Cadence.Scheduler.FaultHost;

internal sealed class ScenarioTokens(FaultScenario scenario) : IInstagramAccountTokens
{
    public Task<Result<InstagramAccountToken>> GetAsync(Guid agencyId, Guid accountId, CancellationToken cancellationToken) =>
        Task.FromResult(scenario.Accounts.FirstOrDefault(a => a.AgencyId == agencyId && a.AccountId == accountId) is { } account
            ? Result.Success(new InstagramAccountToken(account.AccountId, account.InstagramUserId, account.AccessToken))
            : Result.Failure<InstagramAccountToken>(Error.NotFound("Instagram account")));

    public Task ReportTokenRejectedAsync(Guid agencyId, Guid accountId, string reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
