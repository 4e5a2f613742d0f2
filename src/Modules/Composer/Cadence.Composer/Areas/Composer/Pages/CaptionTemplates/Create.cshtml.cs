using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.Composer.Features.CaptionTemplates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.CaptionTemplates;

[Authorize(Policy = Permission.EditContent)]
internal sealed class CreateModel(IClientDirectory clients, SaveCaptionTemplate save) : PageModel, ICaptionTemplateFormPage
{
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public Guid ClientId { get; set; }

    [BindProperty]
    public CaptionTemplateInput Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public Guid? TemplateId => null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await save.HandleAsync(new SaveCaptionTemplateRequest(ClientId, null, Input.Name, Input.Body), cancellationToken);
        return result.Succeeded ? this.SavedTo(ClientId, "Caption template saved") : this.FormWithErrors(result.Errors);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await clients.FindAsync(ClientId, cancellationToken) is not { } client)
        {
            return false;
        }

        Client = client;
        return true;
    }
}
