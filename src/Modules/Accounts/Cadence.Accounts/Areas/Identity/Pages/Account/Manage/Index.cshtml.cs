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
internal sealed class IndexModel(UserManager<CadenceUser> users, SignInManager<CadenceUser> signIn) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        Input.DisplayName = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.ToErrors());
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Toast.Show(this, "Account settings saved.");
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100, ErrorMessage = "Keep your name to 100 characters.")]
        public string DisplayName { get; set; } = string.Empty;
    }
}
