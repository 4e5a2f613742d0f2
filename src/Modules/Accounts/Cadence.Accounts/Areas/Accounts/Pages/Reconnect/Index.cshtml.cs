using Cadence.Accounts.Areas.Accounts.Pages.Instagram;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.InstagramAccounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Reconnect;

/// <summary>The page a client opens from a reconnect link: no sign-in, one account, one use.</summary>
[AllowAnonymous]
internal sealed class IndexModel(OpenReconnectLink openLink, StartLinkReconnection startReconnection) : PageModel
{
    public ReconnectInvitation? Invitation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Invitation = await openLink.HandleAsync(token, cancellationToken);
        if (Invitation is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await startReconnection.HandleAsync(token, cancellationToken) is not { } started)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        ReconnectBrowser.Remember(Response, started.BrowserBinding, OAuthAttempt.Lifetime);
        return Redirect(started.AuthorizeUrl.AbsoluteUri);
    }
}
