using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Paging;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Posts;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(ListPosts listPosts, IClientDirectory clients, IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ApprovalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public PagedList<PostListItem> Posts { get; private set; } = new([], new PageRequest(), 0);

    public bool CanEdit { get; private set; }

    public bool IsFiltered => ClientId is not null || Status is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        Clients = await clients.ListActiveAsync(cancellationToken);
        Posts = await listPosts.HandleAsync(new ListPostsRequest(ClientId, Status, new PageRequest(PageNumber, PageSize)), cancellationToken);
        return this.PageOrPartial("_PostList", this);
    }

    public string? PageUrl(int number) => Url.Page("./Index", new { clientId = ClientId, status = Status, pageNumber = number });
}
