using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.HashtagGroups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

[Authorize(Policy = Permission.EditContent)]
internal sealed class EditModel(IClientDirectory clients, GetHashtagGroup getGroup, SaveHashtagGroup save) : PageModel, IHashtagGroupFormPage
{
    [BindProperty]
    public HashtagGroupInput Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public Guid? GroupId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } group)
        {
            return NotFound();
        }

        Input = new HashtagGroupInput { Name = group.Name, Hashtags = group.Hashtags };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await save.HandleAsync(new SaveHashtagGroupRequest(Client.ClientId, id, Input.Name, Input.Hashtags), cancellationToken);
        return result.Succeeded ? this.SavedTo(Client.ClientId, "Hashtag group saved") : this.FormWithErrors(result.Errors);
    }

    private async Task<HashtagGroupView?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getGroup.HandleAsync(id, cancellationToken);
        if (!found.Succeeded || await clients.FindAsync(found.Value.ClientId, cancellationToken) is not { } client)
        {
            return null;
        }

        (Client, GroupId) = (client, id);
        return found.Value;
    }
}
