using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class SignInWithRecoveryCodeModel(SignInManager<CadenceUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./SignIn", new { ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.Safe(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError(nameof(RecoveryCode), "That recovery code is not valid, or it has been used already.");
        return Page();
    }
}
