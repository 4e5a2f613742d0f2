using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.HashtagGroups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

[Authorize(Policy = Permission.ViewContent)]
internal sealed class IndexModel(IClientDirectory clients, ListHashtagGroups listGroups, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid? ClientId { get; set; }

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public HashtagGroupsPanel Panel { get; private set; } = new(null, [], false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (list, client, unknown) = await clients.PickAsync(ClientId, cancellationToken);
        if (unknown)
        {
            return NotFound();
        }

        Clients = list;
        var canEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        var groups = client is null ? [] : await listGroups.HandleAsync(client.ClientId, cancellationToken);
        Panel = new HashtagGroupsPanel(client, groups, canEdit);
        return this.PageOrPartial("_Groups", Panel);
    }
}
