using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.HashtagGroups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

/// <summary>Deletes a group; its GET is the confirmation a browser without JavaScript reaches.</summary>
[Authorize(Policy = Permission.EditContent)]
internal sealed class DeleteModel(IClientDirectory clients, GetHashtagGroup getGroup, DeleteHashtagGroup deleteGroup, ListHashtagGroups listGroups) : PageModel
{
    public HashtagGroupView Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getGroup.HandleAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Group = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await deleteGroup.HandleAsync(id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        var clientId = deleted.Value;
        return await this.DeletedFromAsync(clientId, "Hashtag group deleted", "_Groups", async () =>
            new HashtagGroupsPanel(await clients.FindAsync(clientId, cancellationToken), await listGroups.HandleAsync(clientId, cancellationToken), CanEdit: true));
    }
}
