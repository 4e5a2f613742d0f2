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
        Clients = await clients.ListActiveAsync(cancellationToken);
        var client = ClientId is { } id ? await clients.FindAsync(id, cancellationToken) : Clients.Count > 0 ? Clients[0] : null;
        if (ClientId is not null && client is null)
        {
            return NotFound();
        }

        var canEdit = (await authorization.AuthorizeAsync(User, Permission.EditContent)).Succeeded;
        var groups = client is null ? [] : await listGroups.HandleAsync(client.ClientId, cancellationToken);
        Panel = new HashtagGroupsPanel(client, groups, canEdit);
        return this.PageOrPartial("_Groups", Panel);
    }
}
