using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Who an attempt is for and who may finish it: a signed-in person, or the browser holding a binding cookie.</summary>
internal sealed record AttemptFor(
    Guid AgencyId, Guid ClientId, Guid? UserId = null, Guid? ExpectedAccountId = null, Guid? ReconnectLinkId = null, string? BrowserBindingHash = null);

/// <summary>Records an OAuth attempt under a fresh state (only its hash is kept) and builds the consent URL carrying it.</summary>
internal sealed class ConsentRedirect(AccountsDbContext db, IInstagramOAuth oauth, TimeProvider clock)
{
    public async Task<Uri> BeginAsync(AttemptFor attempt, CancellationToken cancellationToken)
    {
        var state = SecretToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        db.OAuthAttempts.Add(new OAuthAttempt
        {
            StateHash = SecretToken.Hash(state),
            AgencyId = attempt.AgencyId,
            ClientId = attempt.ClientId,
            UserId = attempt.UserId,
            ExpectedAccountId = attempt.ExpectedAccountId,
            ReconnectLinkId = attempt.ReconnectLinkId,
            BrowserBindingHash = attempt.BrowserBindingHash,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + OAuthAttempt.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);

        // force_authentication: staff connect many clients' accounts from one browser, so Instagram must ask who is signing in.
        return oauth.BuildAuthorizeUrl(new AuthorizeRequest(state, InstagramScopes.All, ForceAuthentication: true));
    }
}
