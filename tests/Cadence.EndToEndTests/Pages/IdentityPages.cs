using System.Text.RegularExpressions;

namespace Cadence.EndToEndTests.Pages;

public sealed record NewAgencyOwner(string AgencyName, string Name, string Email, string Password);

/// <summary>Sign-up, email confirmation and sign-in, used as a person would: by headings, labels and button names.</summary>
public sealed class IdentityPages(IPage page)
{
    public const string SignInPath = "/Identity/Account/SignIn";
    public const string SignUpPath = "/Identity/Account/SignUp";
    public const string ConfirmationSubject = "Confirm your email for Cadence";

    /// <summary>The user menu's "Sign out" button: there (if folded away) whenever someone is signed in.</summary>
    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true, IncludeHidden = true });

    public async Task SignUpAsync(NewAgencyOwner owner)
    {
        await page.GotoAsync(SignUpPath);
        await Expect(Heading("Create your agency")).ToBeVisibleAsync();
        await Field("Agency name").FillAsync(owner.AgencyName);
        await Field("Your name").FillAsync(owner.Name);
        await Field("Email").FillAsync(owner.Email);
        await Field("Password").FillAsync(owner.Password);
        await Field("Confirm password").FillAsync(owner.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create agency", Exact = true }).ClickAsync();
        await Expect(Heading("Check your email")).ToBeVisibleAsync();
    }

    /// <summary>Opens the confirmation email in the development mailbox and follows its link, then goes on to sign in.</summary>
    public async Task ConfirmEmailAsync(string email)
    {
        var mailbox = new MailboxPage(page);
        await mailbox.OpenAsync(email, ConfirmationSubject);
        await mailbox.Link("Confirm my email").ClickAsync();
        await Expect(Heading("Email confirmed")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(SignInPath, RegexOptions.IgnoreCase));
    }

    /// <summary>Signs in through the real page (opening it unless a redirect already did) and waits for the signed-in layout.</summary>
    public async Task SignInAsync(string email, string password)
    {
        if (!page.Url.Contains(SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            await page.GotoAsync(SignInPath);
        }

        await Expect(Heading("Sign in")).ToBeVisibleAsync();
        await Field("Email").FillAsync(email);
        await Field("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(SignOutButton).ToBeAttachedAsync();
    }

    private ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });

    // Exact, or "Password" would also find "Confirm password".
    private ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });
}
