using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Paging;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal sealed record ListInstagramAccountsRequest(InstagramAccountStatus? Status, Guid? ClientId, PageRequest Page);

/// <summary>One row of the agency overview: the account and the client it belongs to.</summary>
internal sealed record InstagramAccountRow(InstagramAccountSummary Account, string ClientName, string ClientTimeZone, string? Problem);

/// <summary>The overview's page of accounts, and how many of each status the member can see (the place to spot trouble).</summary>
internal sealed record InstagramAccountList(PagedList<InstagramAccountRow> Rows, IReadOnlyDictionary<InstagramAccountStatus, int> Counts);

internal sealed class ListInstagramAccounts(AccountsDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<InstagramAccountList> HandleAsync(ListInstagramAccountsRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.InstagramAccounts.AsNoTracking().VisibleTo(current);
        var counts = await CountByStatusAsync(visible, now, cancellationToken);

        var accounts = request.ClientId is { } clientId ? visible.Where(a => a.ClientId == clientId) : visible;
        accounts = request.Status is { } status ? accounts.WithStatus(status, now) : accounts;
        var total = await accounts.CountAsync(cancellationToken);
        var page = await (from account in accounts
                          join client in db.Clients.VisibleTo(current) on account.ClientId equals client.Id
                          // Trouble first: accounts that need reconnection, then the working ones soonest to expire, then the disconnected.
                          orderby account.State == LinkState.NeedsReconnection ? 0 : account.State == LinkState.Active ? 1 : 2,
                              account.TokenExpiresAtUtc, account.Username, account.Id
                          select new { account, ClientName = client.Name, client.TimeZoneId })
            .Skip(request.Page.Skip).Take(request.Page.Size)
            .ToListAsync(cancellationToken);
        var rows = page.Select(r => new InstagramAccountRow(r.account.ToSummary(now), r.ClientName, r.TimeZoneId, r.account.Problem)).ToList();
        return new InstagramAccountList(new PagedList<InstagramAccountRow>(rows, request.Page, total), counts);
    }

    private static async Task<Dictionary<InstagramAccountStatus, int>> CountByStatusAsync(IQueryable<LinkedAccount> accounts, DateTime now, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<InstagramAccountStatus, int>();
        foreach (var status in Enum.GetValues<InstagramAccountStatus>())
        {
            counts[status] = await accounts.WithStatus(status, now).CountAsync(cancellationToken);
        }

        return counts;
    }
}
