using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Composer.Features.Approvals;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Composer.Areas.Composer.Pages.Approvals;

[Authorize(Policy = Permission.ManageClients)]
internal sealed class SettingsModel(ApprovalSettings settings) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public ApprovalSettingsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        Input = new SettingsInput
        {
            RequireTeamApproval = View.RequireTeamApproval,
            RequireClientApproval = View.RequireClientApproval,
            ReviewerUserIds = View.ReviewerUserIds.ToList(),
        };
        return this.PageOrPartial("_SettingsForm");
    }

    public async Task<IActionResult> OnPostAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var saved = await settings.SaveAsync(
            new SaveApprovalSettingsRequest(clientId, Input.RequireTeamApproval, Input.RequireClientApproval, Input.ReviewerUserIds), cancellationToken);
        if (this.Refusal(saved.Errors) is { } refusal)
        {
            return refusal;
        }

        if (saved.Succeeded)
        {
            Toast.Show(this, "Approval settings saved");
            if (!Request.IsHtmx())
            {
                return RedirectToPage(new { clientId });
            }
        }
        else
        {
            ModelState.AddErrors(saved.Errors);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(clientId, cancellationToken);
        return this.PageOrPartial("_SettingsForm");
    }

    private async Task<bool> LoadAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var found = await settings.GetAsync(clientId, cancellationToken);
        View = found.Succeeded ? found.Value : null!;
        return found.Succeeded;
    }
}
