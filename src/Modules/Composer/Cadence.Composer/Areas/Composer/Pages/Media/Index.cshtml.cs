using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Media.Library;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Media;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(IClientDirectory clients, ListMediaAssets listMedia, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "folder")]
    public string? Folder { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public ClientSummary? Client { get; private set; }

    public MediaLibraryPage? Library { get; private set; }

    public bool CanEdit { get; private set; }

    public bool IsNarrowed => new MediaFilter(Guid.Empty, Folder, Tag, Search).IsNarrowed;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var choice = await clients.PickAsync(ClientId, cancellationToken);
        if (choice.AskedForUnknown)
        {
            return NotFound();
        }

        (Clients, Client) = (choice.Clients, choice.Client);

        CanEdit = Client is { IsArchived: false } && (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        if (Client is not null)
        {
            Library = await listMedia.HandleAsync(new MediaFilter(Client.ClientId, Folder, Tag, Search, PageNumber), cancellationToken);
        }

        return this.PageOrPartial("_Results", this);
    }

    public string? PageUrl(int number) => Url.Page("./Index", new { clientId = Client?.ClientId, folder = Folder, tag = Tag, q = Search, pageNumber = number });
}
