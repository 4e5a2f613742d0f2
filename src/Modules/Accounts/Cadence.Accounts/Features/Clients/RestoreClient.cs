using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Clients;

internal sealed class RestoreClient(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<ClientDetails>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await db.Clients.FindVisibleAsync(current, clientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("Client");
        }

        if (!client.IsArchived)
        {
            return Error.Conflict($"{client.Name} is not archived.");
        }

        if (await db.Clients.ActiveNameTakenAsync(client.Name, client.Id, cancellationToken))
        {
            return ClientRules.NameTaken(client.Name);
        }

        client.ArchivedAtUtc = null;
        db.AddIntegrationEvent(new ClientRestored(client.Id, client.Name, client.TimeZoneId)
        {
            AgencyId = client.AgencyId,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return client.ToDetails();
    }
}
