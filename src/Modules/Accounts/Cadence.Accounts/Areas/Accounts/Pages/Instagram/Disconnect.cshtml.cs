using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.Accounts.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>Asks before disconnecting; the POST removes the token and keeps the account's history.</summary>
[Authorize(Policy = Permission.ManageInstagramAccounts)]
internal sealed class DisconnectModel(IInstagramAccountDirectory directory, DisconnectAccount disconnectAccount) : PageModel
{
    public InstagramAccountSummary Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await disconnectAccount.HandleAsync(id, cancellationToken);
        if (this.Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!result.Succeeded)
        {
            Toast.Show(this, result.Errors[0].Message);
            return RedirectToPage("/Instagram/Index");
        }

        Toast.Show(this, $"@{result.Value.Username} is disconnected. Its history stays.");
        return RedirectToPage("/Clients/Details", new { id = result.Value.ClientId });
    }
}
