using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

[Authorize(Policy = Permission.ManageClients)]
[RequestSizeLimit(ClientFormLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ClientFormLimits.RequestBytes)]
internal sealed class CreateModel(CreateClient createClient, TimeProvider clock) : PageModel, IClientFormPage
{
    [BindProperty]
    public ClientFormInput Input { get; set; } = new();

    public ClientDetails? Client => null;

    public IReadOnlyList<TimeZoneGroup> TimeZones => TimeZoneCatalog.Groups(clock.GetUtcNow());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CreateClientRequest(Input.Name, Input.TimeZone, Input.BrandColor, Input.Notes, await Input.ReadLogoAsync(cancellationToken));
        var result = await createClient.HandleAsync(request, cancellationToken);
        return result.Succeeded ? this.ClientSaved(result.Value) : this.FormWithErrors(result.Errors);
    }
}
