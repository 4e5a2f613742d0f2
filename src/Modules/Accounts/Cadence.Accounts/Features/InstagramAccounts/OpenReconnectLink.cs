using Cadence.BuildingBlocks.Infrastructure.Security;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

/// <summary>What the client sees on the public reconnect page: whose account, for which agency.</summary>
internal sealed record ReconnectInvitation(ReconnectLink Link, Guid ClientId, string Username, string? ProfilePictureUrl, string ClientName, string AgencyName);

/// <summary>Finds an open reconnect link by its secret; used, revoked, expired and unknown links all read as "not open".</summary>
internal sealed class OpenReconnectLink(AccountsDbContext db, TimeProvider clock)
{
    public async Task<ReconnectInvitation?> HandleAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        var found = await (from link in db.ReconnectLinks
                           join account in db.InstagramAccounts.IgnoreQueryFilters() on link.AccountId equals account.Id
                           join client in db.Clients.IgnoreQueryFilters() on account.ClientId equals client.Id
                           join agency in db.Agencies on client.AgencyId equals agency.Id
                           where link.TokenHash == hash
                           select new { link, account.ClientId, account.Username, account.ProfilePictureUrl, account.State, ClientName = client.Name, client.ArchivedAtUtc, AgencyName = agency.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && found.link.IsOpenAt(clock.GetUtcNow().UtcDateTime) && found.State != LinkState.Disconnected && found.ArchivedAtUtc is null
            ? new ReconnectInvitation(found.link, found.ClientId, found.Username, found.ProfilePictureUrl, found.ClientName, found.AgencyName)
            : null;
    }
}
