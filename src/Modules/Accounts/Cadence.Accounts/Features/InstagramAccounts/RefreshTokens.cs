using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Renews long-lived tokens once they have 30 days or less left: half their life, so a month of hourly retries remains
/// if Instagram keeps failing. Instagram refuses to refresh a token younger than 24 h, so none is tried before that.
/// </summary>
internal sealed partial class RefreshTokens(
    AccountsDbContext db, TokenProtector protector, IInstagramOAuth oauth, FlagReconnection flagReconnection, TimeProvider clock, ILogger<RefreshTokens> logger)
{
    public static readonly TimeSpan RefreshWithin = TimeSpan.FromDays(30);
    private const int BatchSize = 200;

    /// <summary>Returns how many tokens were renewed.</summary>
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var refreshBefore = now + RefreshWithin;
        var issuedBefore = now - TokenLifetime.MinimumAgeBeforeRefresh;
        var due = await db.InstagramAccounts.IgnoreQueryFilters()
            .Where(a => a.State == LinkState.Active && a.ProtectedToken != null && a.TokenExpiresAtUtc <= refreshBefore && a.TokenIssuedAtUtc <= issuedBefore)
            .OrderBy(a => a.TokenExpiresAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var renewed = 0;
        foreach (var account in due)
        {
            renewed += await RefreshAsync(account, now, cancellationToken) ? 1 : 0;
        }

        return renewed;
    }

    private async Task<bool> RefreshAsync(LinkedAccount account, DateTime now, CancellationToken cancellationToken)
    {
        if (account.TokenExpiresAtUtc <= now)
        {
            await flagReconnection.HandleAsync(account.AgencyId, account.Id, "The Instagram token expired before it could be renewed.", cancellationToken);
            return false;
        }

        try
        {
            var token = await oauth.RefreshAsync(protector.Unprotect(account.ProtectedToken!), cancellationToken);
            account.UseRefreshedToken(protector.Protect(token.AccessToken), token.Lifetime.IssuedAt.UtcDateTime, token.Lifetime.ExpiresAt.UtcDateTime);
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
            LogRefreshFailed(account.Id, exception.Error.Code, exception.Error.Message);
            account.RecordRefreshFailure($"Renewing the token failed: {exception.Error.Message}", now);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the Instagram token of account {AccountId} failed with code {Code}: {Reason}; the next run tries again")]
    private partial void LogRefreshFailed(Guid accountId, int code, string reason);
}
