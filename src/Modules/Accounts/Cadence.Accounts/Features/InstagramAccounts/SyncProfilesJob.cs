using Quartz;

namespace Cadence.Accounts.Features.InstagramAccounts;

[DisallowConcurrentExecution]
internal sealed class SyncProfilesJob(SyncProfiles syncProfiles) : IJob
{
    public static readonly JobKey Key = new("instagram-profile-sync", "accounts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await syncProfiles.HandleAsync(cancellationToken);
}
