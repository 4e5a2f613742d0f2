using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// Renews long-lived tokens once they have 30 days or less left: half their life, so a month of hourly retries remains
/// if Instagram keeps failing. Instagram refuses to refresh a token younger than 24 h, so none is tried before that.
/// </summary>
internal sealed class RefreshTokens(
    AccountsDbContext db, TokenProtector protector, IInstagramOAuth oauth, AccountCalls calls, FlagReconnection flagReconnection, TimeProvider clock)
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

        return await calls.TryAsync(account, "Renewing the token", async token =>
        {
            var renewed = await oauth.RefreshAsync(token, cancellationToken);
            account.UseRefreshedToken(protector.Protect(renewed.AccessToken), renewed.Lifetime.IssuedAt.UtcDateTime, renewed.Lifetime.ExpiresAt.UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken, async error =>
        {
            account.RecordRefreshFailure($"Renewing the token failed: {error.Message}", now);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
