using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal static class ReconnectLinkQueries
{
    /// <summary>Revokes the account's unused, unrevoked links; saved with the caller's next save.</summary>
    public static Task RevokeOpenAsync(this DbSet<ReconnectLink> links, Guid accountId, DateTime nowUtc, CancellationToken cancellationToken) =>
        links.Where(l => l.AccountId == accountId && l.UsedAtUtc == null && l.RevokedAtUtc == null)
            .ForEachAsync(l => l.RevokedAtUtc = nowUtc, cancellationToken);
}
