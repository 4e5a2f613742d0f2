using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ListClients listClients, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "search")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ClientStatusFilter Status { get; set; } = ClientStatusFilter.Active;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ClientListItem> Clients { get; private set; } = new([], new PageRequest(), 0);

    public bool CanManage { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Status != ClientStatusFilter.Active;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, Permission.ManageClients)).Succeeded;
        Clients = await listClients.HandleAsync(new ListClientsRequest(Search, Status, new PageRequest(PageNumber, PageSize)), cancellationToken);
        return this.PageOrPartial("_Results", this);
    }

    public string? PageUrl(int number) => Url.Page("./Index", new { search = Search, status = Status, pageNumber = number });
}
