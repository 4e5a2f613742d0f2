using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.CaptionTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(IClientDirectory clients, ListCaptionTemplates listTemplates, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public CaptionTemplatesPanel Panel { get; private set; } = new(null, [], false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (list, client, unknown) = await clients.PickAsync(ClientId, cancellationToken);
        if (unknown)
        {
            return NotFound();
        }

        Clients = list;
        var canEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        var templates = client is null ? [] : await listTemplates.HandleAsync(client.ClientId, cancellationToken);
        Panel = new CaptionTemplatesPanel(client, templates, canEdit);
        return this.PageOrPartial("_Templates", Panel);
    }
}
