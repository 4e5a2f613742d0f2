using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal sealed class InstagramAccountTokens(AccountsDbContext db, TokenProtector protector, FlagReconnection flagReconnection, TimeProvider clock)
    : IInstagramAccountTokens
{
    public async Task<Result<InstagramAccountToken>> GetAsync(Guid agencyId, Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.InstagramAccounts.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == accountId && a.AgencyId == agencyId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("Instagram account");
        }

        var status = account.StatusAt(clock.GetUtcNow().UtcDateTime);
        if (status == InstagramAccountStatus.Disconnected)
        {
            return new Error(InstagramAccountErrors.Disconnected, $"@{account.Username} is disconnected.");
        }

        if (status == InstagramAccountStatus.NeedsReconnection || account.ProtectedToken is null)
        {
            return new Error(InstagramAccountErrors.NeedsReconnection, $"@{account.Username} needs to be reconnected to Instagram.");
        }

        return new InstagramAccountToken(account.Id, account.InstagramUserId, protector.Unprotect(account.ProtectedToken));
    }

    public Task ReportTokenRejectedAsync(Guid agencyId, Guid accountId, string reason, CancellationToken cancellationToken) =>
        flagReconnection.HandleAsync(agencyId, accountId, reason, cancellationToken);
}
