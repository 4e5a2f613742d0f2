using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Agencies;

internal sealed class AgencyDirectory(AccountsDbContext db, ICurrentAgency current, TimeProvider clock) : IAgencyDirectory
{
    public async Task<IReadOnlyList<AgencyChoice>> ListForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .Join(db.Agencies, m => m.AgencyId, a => a.Id, (m, a) => new AgencyChoice(a.Id, a.Name, m.Role))
            .OrderBy(choice => choice.Name)
            .ToListAsync(cancellationToken);

    public async Task<AgencyOverview?> GetOverviewAsync(CancellationToken cancellationToken)
    {
        if (current.AgencyId is not { } agencyId)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var members = await db.Memberships.CountAsync(cancellationToken);
        var invitations = await db.Invitations.CountAsync(i => i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now, cancellationToken);
        var clients = await db.Clients.CountAsync(c => c.ArchivedAtUtc == null, cancellationToken);
        return new AgencyOverview(name, members, invitations, clients);
    }
}
