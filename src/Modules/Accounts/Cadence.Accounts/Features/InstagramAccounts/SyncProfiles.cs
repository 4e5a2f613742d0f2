using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Re-reads each working account's profile (followers, media count, picture) once a day.</summary>
internal sealed class SyncProfiles(AccountsDbContext db, IInstagramAccounts instagram, AccountCalls calls, TimeProvider clock)
{
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);
    private const int BatchSize = 200;

    /// <summary>Returns how many profiles were read.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var syncedBefore = now - Every;
        var due = await db.InstagramAccounts.IgnoreQueryFilters()
            .Where(a => a.State == LinkState.Active && a.ProtectedToken != null && a.TokenExpiresAtUtc > now
                && (a.LastSyncedAtUtc == null || a.LastSyncedAtUtc <= syncedBefore))
            .OrderBy(a => a.LastSyncedAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var read = 0;
        foreach (var account in due)
        {
            read += await SyncAsync(account, now, cancellationToken) ? 1 : 0;
        }

        return read;
    }

    private Task<bool> SyncAsync(LinkedAccount account, DateTime now, CancellationToken cancellationToken) =>
        calls.TryAsync(account, "Reading the profile", async token =>
        {
            LinkAccount.ApplyProfile(account, await instagram.GetAccountAsync(AccountAccess.Me(token), cancellationToken), now);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
}
