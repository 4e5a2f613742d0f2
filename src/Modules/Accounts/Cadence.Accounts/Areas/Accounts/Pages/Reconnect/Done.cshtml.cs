using Cadence.Accounts.Areas.Accounts.Pages.Instagram;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Accounts.Pages.Reconnect;

/// <summary>Where a client lands after reconnecting through a link.</summary>
[AllowAnonymous]
internal sealed class DoneModel : PageModel
{
    public bool Succeeded { get; private set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
        var (notice, problem) = ConnectionMessages.Take(TempData);
        Succeeded = notice is not null;
        Message = notice ?? problem;
    }
}
