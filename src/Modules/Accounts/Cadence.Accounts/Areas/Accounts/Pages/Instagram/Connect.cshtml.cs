using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>Sends the browser to Instagram's consent page to connect (or reconnect) an account of a client.</summary>
[Authorize(Policy = Permission.ManageInstagramAccounts)]
internal sealed class ConnectModel(StartConnection startConnection) : PageModel
{
    public IActionResult OnGet(Guid clientId) => RedirectToPage("/Clients/Details", new { id = clientId });

    public async Task<IActionResult> OnPostAsync(Guid clientId, Guid? accountId, CancellationToken cancellationToken)
    {
        var started = await startConnection.HandleAsync(new StartConnectionRequest(clientId, accountId), cancellationToken);
        if (started.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        if (!started.Succeeded)
        {
            ConnectionMessages.Put(TempData, succeeded: false, started.Errors[0].Message);
            return RedirectToPage("/Clients/Details", new { id = clientId });
        }

        return Redirect(started.Value.AbsoluteUri);
    }
}
