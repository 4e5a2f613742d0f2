using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>The secret link itself, shown once to the Admin who made it, and when it stops working.</summary>
internal sealed record ReconnectLinkCreated(string Token, string Username, DateTime ExpiresAtUtc);

/// <summary>A new link for one account; it replaces any earlier open link for that account.</summary>
internal sealed class CreateReconnectLink(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<ReconnectLinkCreated>> HandleAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.InstagramAccounts.AsNoTracking().VisibleTo(current).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null || current.UserId is not { } userId)
        {
            return Error.NotFound("Instagram account");
        }

        if (account.State == LinkState.Disconnected)
        {
            return Error.Conflict($"@{account.Username} is disconnected. Connect it again from its client's page instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.ReconnectLinks.RevokeOpenAsync(account.Id, now, cancellationToken);
        var token = SecretToken.Create();
        var link = new ReconnectLink
        {
            TokenHash = SecretToken.Hash(token),
            AgencyId = account.AgencyId,
            AccountId = account.Id,
            CreatedByUserId = userId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + ReconnectLink.Lifetime,
        };
        db.ReconnectLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return new ReconnectLinkCreated(token, account.Username, link.ExpiresAtUtc);
    }
}
