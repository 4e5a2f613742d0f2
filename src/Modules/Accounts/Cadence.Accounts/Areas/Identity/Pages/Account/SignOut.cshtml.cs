using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

/// <summary>Signing out only happens on POST, so a link or an image elsewhere cannot sign anyone out.</summary>
internal sealed class SignOutModel(SignInManager<CadenceUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Toast.Show(this, "You are signed out.");
        return RedirectToPage("./SignIn");
    }
}
