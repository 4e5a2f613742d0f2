using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class CheckEmailModel : PageModel
{
    public const string SignedUp = "signup";
    public const string ConfirmationResent = "confirm";
    public const string PasswordReset = "reset";

    public string Reason { get; private set; } = SignedUp;

    public void OnGet(string? reason) => Reason = reason is ConfirmationResent or PasswordReset ? reason : SignedUp;
}
