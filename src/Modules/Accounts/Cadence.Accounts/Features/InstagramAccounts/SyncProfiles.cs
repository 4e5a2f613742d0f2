using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Re-reads each working account's profile (followers, media count, picture) once a day.</summary>
internal sealed partial class SyncProfiles(
    AccountsDbContext db, TokenProtector protector, IInstagramAccounts instagram, FlagReconnection flagReconnection, TimeProvider clock, ILogger<SyncProfiles> logger)
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

    private async Task<bool> SyncAsync(LinkedAccount account, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            var profile = await instagram.GetAccountAsync(AccountAccess.Me(protector.Unprotect(account.ProtectedToken!)), cancellationToken);
            LinkAccount.ApplyProfile(account, profile, now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (InstagramApiException exception) when (exception.Error.RequiresReconnect)
        {
            await flagReconnection.HandleAsync(account.AgencyId, account.Id, exception.Error.Message, cancellationToken);
            return false;
        }
        catch (InstagramApiException exception)
        {
            LogSyncFailed(account.Id, exception.Error.Code, exception.Error.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the Instagram profile of account {AccountId} failed with code {Code}: {Reason}; the next run tries again")]
    private partial void LogSyncFailed(Guid accountId, int code, string reason);
}
