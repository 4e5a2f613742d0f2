using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class LockoutModel(IOptions<IdentityOptions> options) : PageModel
{
    public int Minutes { get; } = (int)Math.Ceiling(options.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
}
