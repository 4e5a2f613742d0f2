using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class SignInWith2faModel(SignInManager<CadenceUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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

        var code = AuthenticatorSetup.NormalizeCode(Input.Code);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberDevice);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.Safe(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        ModelState.AddModelError("Input.Code", "That code is not valid. Codes change every 30 seconds: enter the one your app shows now.");
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
        public string Code { get; set; } = string.Empty;

        public bool RememberDevice { get; set; }
    }
}
