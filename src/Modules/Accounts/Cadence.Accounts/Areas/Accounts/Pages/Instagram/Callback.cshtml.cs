using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Instagram;

/// <summary>
/// Instagram's redirect URI. Anonymous, because a client reconnecting through a link has no Cadence sign-in; the state
/// proves who started the attempt. Lands the person on the page they came from, with what happened.
/// </summary>
[AllowAnonymous]
internal sealed class CallbackModel(CompleteConnection completeConnection, ICurrentAgency current) : PageModel
{
    public string Message { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? state, string? code, string? error, [FromQuery(Name = "error_description")] string? errorDescription, CancellationToken cancellationToken)
    {
        var binding = Request.Cookies[ReconnectBrowser.CookieName];
        var outcome = await completeConnection.HandleAsync(new ConsentReturn(state, code, error, errorDescription), current.UserId, binding, cancellationToken);
        if (outcome.ViaReconnectLink)
        {
            ReconnectBrowser.Forget(Response);
            ConnectionMessages.Put(TempData, outcome.Succeeded, outcome.Message);
            return RedirectToPage("/Reconnect/Done");
        }

        if (outcome.ClientId is { } clientId)
        {
            ConnectionMessages.Put(TempData, outcome.Succeeded, outcome.Message);
            return RedirectToPage("/Clients/Details", new { id = clientId });
        }

        Message = outcome.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
