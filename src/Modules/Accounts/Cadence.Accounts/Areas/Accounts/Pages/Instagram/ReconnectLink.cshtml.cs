using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Accounts.Web;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>Makes a single-use link the client opens to reconnect one account without a Cadence sign-in.</summary>
[Authorize(Policy = Permission.ManageInstagramAccounts)]
internal sealed class ReconnectLinkModel(IInstagramAccountDirectory directory, CreateReconnectLink createLink) : PageModel
{
    public InstagramAccountSummary Account { get; private set; } = null!;

    public ReconnectLinkCreated? Link { get; private set; }

    public string? LinkUrl { get; private set; }

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
        if (await directory.FindAsync(id, cancellationToken) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        var created = await createLink.HandleAsync(id, cancellationToken);
        if (this.Refusal(created.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!created.Succeeded)
        {
            Toast.Show(this, created.Errors[0].Message);
            return RedirectToPage("/Clients/Details", new { id = account.ClientId });
        }

        Link = created.Value;
        LinkUrl = Url.Page("/Reconnect/Index", pageHandler: null, new { area = "Accounts", token = Link.Token }, Request.Scheme);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
