using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Tenancy;

/// <summary>The agency the person chose, if still a member there; otherwise the first agency they joined.</summary>
internal sealed class AgencyMembershipResolver(AccountsDbContext db) : IAgencyMembershipResolver
{
    public async Task<AgencyMembership?> ResolveAsync(Guid userId, Guid? preferredAgencyId, CancellationToken cancellationToken)
    {
        var memberships = db.Memberships.IgnoreQueryFilters().AsNoTracking().Where(m => m.UserId == userId);
        var chosen = preferredAgencyId is { } preferred
            ? await memberships.FirstOrDefaultAsync(m => m.AgencyId == preferred, cancellationToken)
            : null;
        chosen ??= await memberships.OrderBy(m => m.JoinedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return chosen?.ToTenant();
    }
}
