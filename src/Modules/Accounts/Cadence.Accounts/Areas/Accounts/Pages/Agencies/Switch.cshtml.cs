using System.Security.Claims;
using Cadence.Accounts.Features.Agencies;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Agencies;

/// <summary>The agency switcher's target: remembers the chosen agency, if the person belongs to it.</summary>
internal sealed class SwitchModel(SwitchAgency switchAgency) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return Challenge();
        }

        var result = await switchAgency.HandleAsync(new SwitchAgencyRequest(userId, agencyId), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        AgencySelection.Choose(Response, agencyId);
        return this.RedirectAfterPost("/");
    }
}
