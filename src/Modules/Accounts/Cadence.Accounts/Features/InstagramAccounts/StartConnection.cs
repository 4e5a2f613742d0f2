using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Instagram;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// A signed-in Owner or Admin sends the browser to Instagram's consent page to connect an account to a client, or to
/// reconnect one (<paramref name="AccountId"/>): the state is bound to that person, agency and client, single use.
/// </summary>
internal sealed record StartConnectionRequest(Guid ClientId, Guid? AccountId = null);

internal sealed class StartConnection(AccountsDbContext db, ICurrentAgency current, IInstagramOAuth oauth, TimeProvider clock)
{
    public async Task<Result<Uri>> HandleAsync(StartConnectionRequest request, CancellationToken cancellationToken)
    {
        if (current is not { AgencyId: { } agencyId, UserId: { } userId }
            || await db.Clients.FindVisibleAsync(current, request.ClientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("Client");
        }

        if (client.IsArchived)
        {
            return Error.Conflict($"{client.Name} is archived. Restore it before connecting Instagram accounts.");
        }

        if (request.AccountId is { } accountId
            && !await db.InstagramAccounts.AnyAsync(a => a.Id == accountId && a.ClientId == client.Id, cancellationToken))
        {
            return Error.NotFound("Instagram account");
        }

        var state = SecretToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        db.OAuthAttempts.Add(new OAuthAttempt
        {
            StateHash = SecretToken.Hash(state),
            AgencyId = agencyId,
            ClientId = client.Id,
            UserId = userId,
            ExpectedAccountId = request.AccountId,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + OAuthAttempt.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);

        // force_authentication: staff connect many clients' accounts from one browser, so Instagram must ask who is signing in.
        return oauth.BuildAuthorizeUrl(new AuthorizeRequest(state, InstagramScopes.All, ForceAuthentication: true));
    }
}
