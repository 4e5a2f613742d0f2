using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Features.Clients;

internal sealed class ArchiveClient(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result<ClientDetails>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await db.Clients.FindVisibleAsync(current, clientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("Client");
        }

        if (client.IsArchived)
        {
            return Error.Conflict($"{client.Name} is already archived.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        client.ArchivedAtUtc = now;
        db.AddIntegrationEvent(new ClientArchived(client.Id) { AgencyId = client.AgencyId, OccurredAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return client.ToDetails();
    }
}
