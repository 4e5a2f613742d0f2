using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>Every Instagram account of the agency the member may see, filtered by status and client: where trouble shows.</summary>
[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ListInstagramAccounts listAccounts, IClientDirectory clients, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public InstagramAccountStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public InstagramAccountList Accounts { get; private set; } = null!;

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool IsFiltered => Status is not null || ClientId is not null;

    public int TotalAccounts => Accounts.Counts.Values.Sum();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permission.ManageInstagramAccounts)).Succeeded;
        Clients = await clients.ListActiveAsync(cancellationToken);
        Accounts = await listAccounts.HandleAsync(new ListInstagramAccountsRequest(Status, ClientId, new PageRequest(PageNumber, PageSize)), cancellationToken);
        return this.PageOrPartial("_Overview", this);
    }

    public string? FilterUrl(InstagramAccountStatus? status) => Url.Page("./Index", new { status, clientId = ClientId });

    public string? PageUrl(int number) => Url.Page("./Index", new { status = Status, clientId = ClientId, pageNumber = number });
}
