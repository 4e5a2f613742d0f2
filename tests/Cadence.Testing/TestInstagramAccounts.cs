using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Testing;

/// <summary>
/// Puts a linked Instagram account straight into the Accounts tables, for tests of modules that only read accounts
/// (the Composer). Tests of linking itself go through the sandbox (InstagramTestKit).
/// </summary>
public static class TestInstagramAccounts
{
    /// <summary>
    /// A linked account; with a sandbox account's <paramref name="instagramUserId"/> and <paramref name="accessToken"/> its
    /// token is real (protected as the Accounts module keeps it), so server-side Instagram calls work against the sandbox.
    /// </summary>
    public static Task<Guid> AddLinkedAccountAsync(
        this CadenceAppFactory app, Guid agencyId, Guid clientId, string username, bool canPublish = true, string? instagramUserId = null, string? accessToken = null) =>
        app.WithScopeAsync(async services =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var account = new LinkedAccount
            {
                AgencyId = agencyId,
                ClientId = clientId,
                InstagramUserId = instagramUserId ?? "1784" + Random.Shared.NextInt64(100_000_000, 999_999_999),
                Username = username,
                ConnectedAtUtc = now,
            };
            string[] permissions = canPublish ? ["instagram_business_basic", InstagramAccountSummary.PublishPermission] : ["instagram_business_basic"];
            var token = accessToken is null ? "not-a-real-token" : services.GetRequiredService<TokenProtector>().Protect(accessToken);
            account.UseToken(token, now, now.AddDays(60), permissions);
            var db = services.GetRequiredService<AccountsDbContext>();
            db.InstagramAccounts.Add(account);
            await db.SaveChangesAsync();
            return account.Id;
        });
}
