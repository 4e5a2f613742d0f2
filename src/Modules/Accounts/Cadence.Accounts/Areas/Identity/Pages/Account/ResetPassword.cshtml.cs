using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class ResetPasswordModel(UserManager<CadenceUser> users) : PageModel
{
    public const string InvalidLink = "This reset link is not valid any more. Ask for a new one.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? email, string? code) => Input = new InputModel { Email = email ?? string.Empty, Code = code ?? string.Empty };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = AccountEmails.Decode(Input.Code);
        var user = await users.FindByEmailAsync(Input.Email);
        if (token is null || user is null)
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.ToErrors().Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? e with { Message = InvalidLink } : e));
            return Page();
        }

        // Proving control of the mailbox is enough to lift a lockout caused by someone guessing the old password.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Toast.Show(this, "Your password has been reset. Sign in with your new password.");
        return RedirectToPage("./SignIn");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter a new password.")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string? ConfirmPassword { get; set; }

        [Required(ErrorMessage = InvalidLink)]
        public string Code { get; set; } = string.Empty;
    }
}
