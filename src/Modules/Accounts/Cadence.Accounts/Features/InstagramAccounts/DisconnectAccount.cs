using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Unlinks an account: the token is deleted, open reconnect links are revoked, the account and its history stay.</summary>
internal sealed class DisconnectAccount(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<LinkedAccount>> HandleAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.InstagramAccounts.VisibleTo(current).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("Instagram account");
        }

        if (account.State == LinkState.Disconnected)
        {
            return Error.Conflict($"@{account.Username} is already disconnected.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.Disconnect(now);
        await db.ReconnectLinks.RevokeOpenAsync(account.Id, now, cancellationToken);
        db.AddIntegrationEvent(new InstagramAccountDisconnected(account.Id, account.ClientId, account.Username) { AgencyId = account.AgencyId, OccurredAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }
}
