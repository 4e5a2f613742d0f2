using Cadence.Accounts.Data;
using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>
/// A signed-in Owner or Admin sends the browser to Instagram's consent page to connect an account to a client, or to
/// reconnect one (<paramref name="AccountId"/>): the state is bound to that person, agency and client, single use.
/// </summary>
internal sealed record StartConnectionRequest(Guid ClientId, Guid? AccountId = null);

internal sealed class StartConnection(AccountsDbContext db, ICurrentAgency current, ConsentRedirect consent)
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

        return await consent.BeginAsync(new AttemptFor(agencyId, client.Id, userId, request.AccountId), cancellationToken);
    }
}
