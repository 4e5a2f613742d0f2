using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Instagram refused an account's token: the account needs reconnection. The state changes by a conditional update, so
/// however many calls fail at once, one of them raises the event (and the agency gets one email).
/// </summary>
internal sealed class FlagReconnection(AccountsDbContext db, TimeProvider clock)
{
    private const int MaxReasonLength = 1000;

    public async Task HandleAsync(Guid agencyId, Guid accountId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.InstagramAccounts.IgnoreQueryFilters()
            .Where(a => a.Id == accountId && a.AgencyId == agencyId && a.State == LinkState.Active)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.State, LinkState.NeedsReconnection)
                .SetProperty(a => a.Problem, problem)
                .SetProperty(a => a.NeedsReconnectionSinceUtc, now), cancellationToken);
        if (changed == 1)
        {
            var account = await db.InstagramAccounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == accountId, cancellationToken);
            db.AddIntegrationEvent(new InstagramAccountNeedsReconnection(account.Id, account.ClientId, account.Username, problem) { AgencyId = agencyId, OccurredAtUtc = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
