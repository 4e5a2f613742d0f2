using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Paging;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

internal sealed record ListClientsRequest(string? Search, ClientStatusFilter Status, PageRequest Page);

internal sealed class ListClients(AccountsDbContext db, ICurrentAgency current)
{
    public async Task<PagedList<ClientListItem>> HandleAsync(ListClientsRequest request, CancellationToken cancellationToken)
    {
        var clients = db.Clients.AsNoTracking().VisibleTo(current);
        clients = request.Status switch
        {
            ClientStatusFilter.Active => clients.Where(c => c.ArchivedAtUtc == null),
            ClientStatusFilter.Archived => clients.Where(c => c.ArchivedAtUtc != null),
            _ => clients,
        };
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            clients = clients.NameContains(request.Search.Trim());
        }

        var total = await clients.CountAsync(cancellationToken);
        var items = await clients
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(request.Page.Skip).Take(request.Page.Size)
            .Select(c => new ClientListItem(c.Id, c.Name, c.TimeZoneId, c.BrandColor, c.HasLogo, c.ArchivedAtUtc != null))
            .ToListAsync(cancellationToken);
        return new PagedList<ClientListItem>(items, request.Page, total);
    }
}
