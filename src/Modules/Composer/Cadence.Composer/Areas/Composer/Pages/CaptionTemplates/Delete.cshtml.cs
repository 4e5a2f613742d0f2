using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.CaptionTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

/// <summary>Deletes a template; its GET is the confirmation a browser without JavaScript reaches.</summary>
[Authorize(Policy = Permission.EditContent)]
internal sealed class DeleteModel(IClientDirectory clients, GetCaptionTemplate getTemplate, DeleteCaptionTemplate deleteTemplate, ListCaptionTemplates listTemplates) : PageModel
{
    public CaptionTemplateView Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getTemplate.HandleAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Template = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await deleteTemplate.HandleAsync(id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        var clientId = deleted.Value;
        return await this.DeletedFromAsync(clientId, "Caption template deleted", "_Templates", async () =>
            new CaptionTemplatesPanel(await clients.FindAsync(clientId, cancellationToken), await listTemplates.HandleAsync(clientId, cancellationToken), CanEdit: true));
    }
}
