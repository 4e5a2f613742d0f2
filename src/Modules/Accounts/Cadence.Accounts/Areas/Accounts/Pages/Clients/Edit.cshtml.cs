using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

[Authorize(Policy = Permission.ManageClients)]
[RequestSizeLimit(ClientFormLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ClientFormLimits.RequestBytes)]
internal sealed class EditModel(GetClient getClient, UpdateClient updateClient, TimeProvider clock) : PageModel, IClientFormPage
{
    [BindProperty]
    public ClientFormInput Input { get; set; } = new();

    public ClientDetails? Client { get; private set; }

    public IReadOnlyList<TimeZoneGroup> TimeZones => TimeZoneCatalog.Groups(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = ClientFormInput.From(Client!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The form always sends every field: an emptied one means "clear" (or "missing"), never "leave as it is".
        var request = new UpdateClientRequest(
            id, Input.Name ?? string.Empty, Input.TimeZone ?? string.Empty, Input.BrandColor ?? string.Empty, Input.Notes ?? string.Empty,
            await Input.ReadLogoAsync(cancellationToken), Input.RemoveLogo);
        var result = await updateClient.HandleAsync(request, cancellationToken);
        return result.Succeeded ? this.ClientSaved(id) : this.FormWithErrors(result.Errors);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getClient.HandleAsync(id, cancellationToken);
        Client = found.Succeeded ? found.Value : null;
        return found.Succeeded;
    }
}
