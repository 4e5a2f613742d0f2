using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Agencies;

internal sealed class AgencyDirectory(AccountsDbContext db, ICurrentAgency current, TimeProvider clock) : IAgencyDirectory
{
    public async Task<IReadOnlyList<AgencyChoice>> ListForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await (from membership in db.Memberships.IgnoreQueryFilters()
               join agency in db.Agencies on membership.AgencyId equals agency.Id
               where membership.UserId == userId
               orderby agency.Name
               select new AgencyChoice(agency.Id, agency.Name, membership.Role))
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
        var instagram = db.InstagramAccounts.VisibleTo(current);
        var connected = await instagram.CountAsync(a => a.State != LinkState.Disconnected, cancellationToken);
        var needingAttention = await instagram.WithStatus(InstagramAccountStatus.NeedsReconnection, now).CountAsync(cancellationToken)
            + await instagram.WithStatus(InstagramAccountStatus.ExpiringSoon, now).CountAsync(cancellationToken);
        return new AgencyOverview(name, members, invitations, clients, connected, needingAttention);
    }

    public async Task<IReadOnlyList<AgencyMember>> ListMembersAsync(CancellationToken cancellationToken) =>
        await (from membership in db.Memberships
               join user in db.Users on membership.UserId equals user.Id
               orderby user.DisplayName
               select new AgencyMember(user.Id, user.DisplayName == "" ? user.Email! : user.DisplayName, user.Email!, membership.Role))
            .ToListAsync(cancellationToken);
}
