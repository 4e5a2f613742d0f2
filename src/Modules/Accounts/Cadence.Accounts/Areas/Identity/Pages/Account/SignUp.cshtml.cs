using Cadence.Accounts.Features.SignUp;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account;

internal sealed class SignUpModel(SignUpAgency signUp) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signUp.HandleAsync(Input.ToRequest(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        return RedirectToPage("./CheckEmail", new { reason = CheckEmailModel.SignedUp });
    }

    /// <summary>Nullable so that the use case, not model binding, owns every rule and its wording.</summary>
    public sealed class InputModel
    {
        public string? AgencyName { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }

        public SignUpAgencyRequest ToRequest() =>
            new(AgencyName ?? string.Empty, Name ?? string.Empty, Email ?? string.Empty, Password ?? string.Empty, ConfirmPassword ?? string.Empty);
    }
}
