using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.CaptionTemplates;
using Htmx;
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
        Toast.Show(this, "Caption template deleted");
        if (!Request.IsHtmx())
        {
            return Redirect(Url.Page("./Index", new { clientId })!);
        }

        Response.Headers.Vary = "HX-Request";
        var client = await clients.FindAsync(clientId, cancellationToken);
        return Partial("_Templates", new CaptionTemplatesPanel(client, await listTemplates.HandleAsync(clientId, cancellationToken), CanEdit: true));
    }
}
