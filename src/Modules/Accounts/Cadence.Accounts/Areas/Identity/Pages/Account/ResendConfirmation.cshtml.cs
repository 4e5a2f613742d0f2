using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class ResendConfirmationModel(UserManager<CadenceUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; set; }

    public void OnGet(string? email) => Email = email;

    /// <summary>Answers the same whether or not the address has an account, so the page cannot be used to find out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!);
        if (user is not null && !await users.IsEmailConfirmedAsync(user))
        {
            await emails.SendConfirmationAsync(user, cancellationToken);
        }

        return RedirectToPage("./CheckEmail", new { reason = CheckEmailModel.ConfirmationResent });
    }
}
