using Quartz;

namespace Cadence.Accounts.Features.InstagramAccounts;

[DisallowConcurrentExecution]
internal sealed class RefreshTokensJob(RefreshTokens refreshTokens) : IJob
{
    public static readonly JobKey Key = new("instagram-token-refresh", "accounts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await refreshTokens.HandleAsync(cancellationToken);
}
