using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Instagram;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>The browser that will finish the attempt, and where to send it.</summary>
internal sealed record LinkReconnectionStarted(Uri AuthorizeUrl, string BrowserBinding);

/// <summary>
/// The client, with no Cadence sign-in, starts the consent flow for the one account its link names. The attempt is bound
/// to a cookie in that browser instead of a person.
/// </summary>
internal sealed class StartLinkReconnection(AccountsDbContext db, OpenReconnectLink openLink, IInstagramOAuth oauth, TimeProvider clock)
{
    public async Task<LinkReconnectionStarted?> HandleAsync(string? token, CancellationToken cancellationToken)
    {
        if (await openLink.HandleAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var state = SecretToken.Create();
        var binding = SecretToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        db.OAuthAttempts.Add(new OAuthAttempt
        {
            StateHash = SecretToken.Hash(state),
            AgencyId = invitation.Link.AgencyId,
            ClientId = invitation.ClientId,
            ExpectedAccountId = invitation.Link.AccountId,
            ReconnectLinkId = invitation.Link.Id,
            BrowserBindingHash = SecretToken.Hash(binding),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + OAuthAttempt.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new LinkReconnectionStarted(oauth.BuildAuthorizeUrl(new AuthorizeRequest(state, InstagramScopes.All, ForceAuthentication: true)), binding);
    }
}
