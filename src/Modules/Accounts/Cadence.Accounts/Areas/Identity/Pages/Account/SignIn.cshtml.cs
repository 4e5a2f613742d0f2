using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class SignInModel(SignInManager<CadenceUser> signIn, UserManager<CadenceUser> users) : PageModel
{
    public const string Refused = "Email or password is incorrect.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            return Refuse();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => LocalRedirect(Url.Safe(ReturnUrl)),
            { RequiresTwoFactor: true } => RedirectToPage("./SignInWith2fa", new { ReturnUrl, Input.RememberMe }),
            { IsLockedOut: true } => RedirectToPage("./Lockout"),
            { IsNotAllowed: true } => await UnconfirmedAsync(user),
            _ => Refuse(),
        };
    }

    /// <summary>
    /// Identity refuses an unconfirmed account before it looks at the password; only a person who knows the password
    /// learns that the address waits for confirmation, and wrong guesses still count towards lockout.
    /// </summary>
    private async Task<IActionResult> UnconfirmedAsync(CadenceUser user)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return RedirectToPage("./Lockout");
        }

        if (await users.CheckPasswordAsync(user, Input.Password))
        {
            NeedsConfirmation = true;
            return Page();
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? RedirectToPage("./Lockout") : Refuse();
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError(string.Empty, Refused);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
    }
}
