using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

internal sealed record LogoContent(string ContentType, byte[] Content);

internal sealed class GetClientLogo(AccountsDbContext db, ICurrentAgency current)
{
    public async Task<Result<LogoContent>> HandleAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var logo = current.CanAccessClient(clientId)
            ? await db.ClientLogos.AsNoTracking()
                .Where(l => l.ClientId == clientId)
                .Select(l => new LogoContent(l.ContentType, l.Content))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return logo is null ? Error.NotFound("Logo") : logo;
    }
}
