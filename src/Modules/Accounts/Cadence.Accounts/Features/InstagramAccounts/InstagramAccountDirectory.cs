using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal sealed class InstagramAccountDirectory(AccountsDbContext db, ICurrentAgency current, TimeProvider clock) : IInstagramAccountDirectory
{
    public async Task<IReadOnlyList<InstagramAccountSummary>> ListForClientAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!current.CanAccessClient(clientId))
        {
            return [];
        }

        var accounts = await db.InstagramAccounts.AsNoTracking().Where(a => a.ClientId == clientId).OrderBy(a => a.Username).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return accounts.Select(a => a.ToSummary(now)).ToList();
    }

    public async Task<InstagramAccountSummary?> FindAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.InstagramAccounts.AsNoTracking().VisibleTo(current).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account?.ToSummary(clock.GetUtcNow().UtcDateTime);
    }
}
