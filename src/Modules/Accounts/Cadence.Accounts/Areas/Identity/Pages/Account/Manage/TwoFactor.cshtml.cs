using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Cadence.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cadence.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Recovery codes are rendered straight into the POST response: they are shown once and never stored in a cookie.</summary>
[Authorize]
internal sealed class TwoFactorModel(UserManager<CadenceUser> users, SignInManager<CadenceUser> signIn, AuthenticatorSetup authenticator) : PageModel
{
    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorKey? Setup { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public Task<IActionResult> OnGetAsync() => WithUserAsync(DescribeAsync);

    public Task<IActionResult> OnPostSetupAsync() => WithUserAsync(async user =>
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        Setup = await authenticator.GetOrCreateKeyAsync(user);
        return Page();
    });

    public Task<IActionResult> OnPostVerifyAsync() => WithUserAsync(async user =>
    {
        var provider = users.Options.Tokens.AuthenticatorTokenProvider;
        var code = AuthenticatorSetup.NormalizeCode(Code ?? string.Empty);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, provider, code))
        {
            ModelState.AddModelError(nameof(Code), code.Length == 0
                ? "Enter the 6-digit code from your authenticator app."
                : "That code is not valid. Check that you added the key shown here, then enter the code your app shows now.");
            Setup = await authenticator.GetOrCreateKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await ShowNewRecoveryCodesAsync(user);
    });

    public Task<IActionResult> OnPostRecoveryCodesAsync() => WithUserAsync(async user =>
        await users.GetTwoFactorEnabledAsync(user) ? await ShowNewRecoveryCodesAsync(user) : RedirectToPage());

    public Task<IActionResult> OnPostDisableAsync() => WithUserAsync(async user =>
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Toast.Show(this, "Two-factor authentication is off.");
        return RedirectToPage();
    });

    private async Task<IActionResult> ShowNewRecoveryCodesAsync(CadenceUser user)
    {
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorSetup.RecoveryCodeCount))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        return await DescribeAsync(user);
    }

    private async Task<IActionResult> DescribeAsync(CadenceUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return Page();
    }

    private async Task<IActionResult> WithUserAsync(Func<CadenceUser, Task<IActionResult>> action) =>
        await users.GetUserAsync(User) is { } user ? await action(user) : Challenge();
}
