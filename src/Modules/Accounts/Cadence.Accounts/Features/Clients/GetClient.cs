using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

internal sealed class GetClient(AccountsDbContext db, ICurrentAgency current)
{
    public async Task<Result<ClientDetails>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var details = current.CanAccessClient(clientId)
            ? await db.Clients.AsNoTracking()
                .Where(c => c.Id == clientId)
                .Select(c => new ClientDetails(c.Id, c.Name, c.TimeZoneId, c.BrandColor, c.Notes, c.HasLogo, c.CreatedAtUtc, c.ArchivedAtUtc))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return details is null ? Error.NotFound("Client") : details;
    }
}
