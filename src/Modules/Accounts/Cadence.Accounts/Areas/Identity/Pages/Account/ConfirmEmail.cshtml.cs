using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class ConfirmEmailModel(UserManager<CadenceUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid? userId, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = userId is { } id && token is not null ? await users.FindByIdAsync(id.ToString()) : null;
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
    }
}
