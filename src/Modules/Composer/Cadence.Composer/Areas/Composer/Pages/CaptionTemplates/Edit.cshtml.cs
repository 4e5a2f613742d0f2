using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.CaptionTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

[Authorize(Policy = Permission.EditContent)]
internal sealed class EditModel(IClientDirectory clients, GetCaptionTemplate getTemplate, SaveCaptionTemplate save) : PageModel, ICaptionTemplateFormPage
{
    [BindProperty]
    public CaptionTemplateInput Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public Guid? TemplateId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } template)
        {
            return NotFound();
        }

        Input = new CaptionTemplateInput { Name = template.Name, Body = template.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await save.HandleAsync(new SaveCaptionTemplateRequest(Client.ClientId, id, Input.Name, Input.Body), cancellationToken);
        return result.Succeeded ? this.SavedTo(Client.ClientId, "Caption template saved") : this.FormWithErrors(result.Errors);
    }

    private async Task<CaptionTemplateView?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getTemplate.HandleAsync(id, cancellationToken);
        if (!found.Succeeded || await clients.FindAsync(found.Value.ClientId, cancellationToken) is not { } client)
        {
            return null;
        }

        (Client, TemplateId) = (client, id);
        return found.Value;
    }
}
