using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Events;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>Tells the agency's Owners and Admins who can see the client, once per loss of access (the inbox keeps it once).</summary>
internal sealed class EmailAdminsWhenReconnectionNeeded(AccountsDbContext db, IEmailSender email, PublicAddress address)
    : IIntegrationEventHandler<InstagramAccountNeedsReconnection>
{
    public async Task HandleAsync(InstagramAccountNeedsReconnection integrationEvent, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == integrationEvent.ClientId, cancellationToken);
        var managers = await (from membership in db.Memberships.AsNoTracking()
                              join user in db.Users on membership.UserId equals user.Id
                              where (membership.Role == AgencyRole.Owner || membership.Role == AgencyRole.Admin) && user.Email != null
                              select new { user.Email, membership.RestrictedToClients, membership.ClientIds })
            .ToListAsync(cancellationToken);
        var clientPage = address.Link($"/Accounts/Clients/Details/{client.Id}");
        foreach (var manager in managers.Where(m => !m.RestrictedToClients || m.ClientIds.Contains(client.Id)))
        {
            var message = ReconnectionEmail.Create(manager.Email!, integrationEvent.Username, client.Name, integrationEvent.Reason, clientPage);
            await email.SendAsync(message, cancellationToken);
        }
    }
}
