using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

internal sealed class ClientDirectory(AccountsDbContext db, ICurrentAgency current) : IClientDirectory
{
    public async Task<ClientSummary?> FindAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!current.CanAccessClient(clientId))
        {
            return null;
        }

        return await db.Clients
            .Where(c => c.Id == clientId)
            .Select(c => new ClientSummary(c.Id, c.AgencyId, c.Name, c.TimeZoneId, c.BrandColor, c.ArchivedAtUtc != null))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClientSummary>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var clients = await db.Clients
            .Where(c => c.ArchivedAtUtc == null)
            .OrderBy(c => c.Name)
            .Select(c => new ClientSummary(c.Id, c.AgencyId, c.Name, c.TimeZoneId, c.BrandColor, false))
            .ToListAsync(cancellationToken);
        return clients.Where(c => current.CanAccessClient(c.ClientId)).ToList();
    }
}
