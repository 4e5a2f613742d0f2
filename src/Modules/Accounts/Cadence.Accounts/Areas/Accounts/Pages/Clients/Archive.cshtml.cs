using Cadence.Accounts.Features.Clients;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

/// <summary>Archives and restores; its GET is the confirmation a browser without JavaScript can still reach.</summary>
[Authorize(Policy = Permission.ManageClients)]
internal sealed class ArchiveModel(GetClient getClient, ArchiveClient archiveClient, RestoreClient restoreClient) : PageModel
{
    public ClientDetails Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await getClient.HandleAsync(id, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Client = found.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await RespondAsync(id, await archiveClient.HandleAsync(id, cancellationToken), "Client archived", cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        await RespondAsync(id, await restoreClient.HandleAsync(id, cancellationToken), "Client restored", cancellationToken);

    private async Task<IActionResult> RespondAsync(Guid id, Result<ClientDetails> result, string done, CancellationToken cancellationToken)
    {
        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        Toast.Show(this, result.Succeeded ? done : result.Errors[0].Message);
        if (!Request.IsHtmx())
        {
            return Redirect(Url.Page("./Details", new { id })!);
        }

        Response.Headers.Vary = "HX-Request";
        var client = result.Succeeded ? result.Value : (await getClient.HandleAsync(id, cancellationToken)).Value;
        return Partial("_Status", new ClientStatusView(client, CanManage: true));
    }
}
