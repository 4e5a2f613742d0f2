using Cadence.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Team;

/// <summary>The current agency's members, open invitations and the clients an invitation may be limited to.</summary>
internal sealed class GetTeam(AccountsDbContext db, TimeProvider clock)
{
    public async Task<TeamView> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var clients = await db.Clients.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.ArchivedAtUtc })
            .ToListAsync(cancellationToken);
        var names = clients.ToDictionary(c => c.Id, c => c.Name);

        var members = await (from membership in db.Memberships.AsNoTracking()
                             join user in db.Users on membership.UserId equals user.Id
                             select new { membership.Id, membership.UserId, user.DisplayName, user.Email, membership.Role, membership.RestrictedToClients, membership.ClientIds })
            .ToListAsync(cancellationToken);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAtUtc == null && i.RevokedAtUtc == null && i.ExpiresAtUtc > now)
            .OrderBy(i => i.Email)
            .ToListAsync(cancellationToken);

        return new TeamView(
            members
                .OrderByDescending(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(m => new TeamMember(m.Id, m.UserId, m.DisplayName, m.Email ?? string.Empty, m.Role, NamesOf(m.RestrictedToClients, m.ClientIds, names)))
                .ToList(),
            invitations
                .Select(i => new PendingInvitation(i.Id, i.Email, i.Role, i.ExpiresAtUtc, NamesOf(i.RestrictedToClients, i.ClientIds, names)))
                .ToList(),
            clients.Where(c => c.ArchivedAtUtc is null).Select(c => new ClientOption(c.Id, c.Name)).ToList());
    }

    private static List<string>? NamesOf(bool restricted, List<Guid> clientIds, Dictionary<Guid, string> names) =>
        restricted
            ? clientIds.Select(id => names.GetValueOrDefault(id)).OfType<string>().Order(StringComparer.CurrentCultureIgnoreCase).ToList()
            : null;
}
