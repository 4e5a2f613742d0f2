using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account.Manage;

[Authorize]
internal sealed class ChangePasswordModel(UserManager<CadenceUser> users, SignInManager<CadenceUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.ToErrors(passwordField: nameof(Input.NewPassword), currentPasswordField: nameof(Input.CurrentPassword)));
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Toast.Show(this, "Your password has been changed.");
        return RedirectToPage("./Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter a new password.")]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
        public string? ConfirmPassword { get; set; }
    }
}
