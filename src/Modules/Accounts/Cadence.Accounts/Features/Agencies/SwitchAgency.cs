using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Agencies;

internal sealed record SwitchAgencyRequest(Guid UserId, Guid AgencyId);

/// <summary>Checks a person may work in the agency they picked; the choice itself is kept in a cookie by the page.</summary>
internal sealed class SwitchAgency(AccountsDbContext db)
{
    public async Task<Result> HandleAsync(SwitchAgencyRequest request, CancellationToken cancellationToken)
    {
        var isMember = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.UserId == request.UserId && m.AgencyId == request.AgencyId, cancellationToken);
        return isMember ? Result.Success() : Result.Failure(Error.NotFound("Agency"));
    }
}
