using System.Net;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Identity;

public sealed class PasswordTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string ForgotUrl = "/Identity/Account/ForgotPassword";
    private const string ResetSubject = "Reset your Cadence password";
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_and_the_old_one_stops_working()
    {
        var owner = await app.CreateAgencyAsync();
        var client = app.CreateAnonymousClient();

        using var asked = await client.PostFormAsync(ForgotUrl, [new("Email", owner.Email)]);
        var resetUrl = IdentityTestKit.LinkIn(Assert.Single(app.MailTo(owner.Email, ResetSubject)), "Reset my password");
        var resetPage = await client.GetDocumentAsync(resetUrl);
        using var reset = await ResetAsync(client, resetUrl, owner.Email, NewPassword);

        Assert.Equal(owner.Email, resetPage.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("/Identity/Account/CheckEmail?reason=reset", asked.Headers.Location?.OriginalString);
        Assert.Equal("/Identity/Account/SignIn", reset.Headers.Location?.OriginalString);
        using var oldPassword = await app.CreateAnonymousClient().SignInAsync(owner.Email, owner.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await app.SignedInClientAsync(owner with { Password = NewPassword });
    }

    [Fact]
    public async Task Asking_to_reset_the_password_of_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var client = app.CreateAnonymousClient();
        const string stranger = "stranger@example.test";

        using var asked = await client.PostFormAsync(ForgotUrl, [new("Email", stranger)]);

        Assert.Equal("/Identity/Account/CheckEmail?reason=reset", asked.Headers.Location?.OriginalString);
        Assert.Empty(app.MailTo(stranger, ResetSubject));
    }

    [Fact]
    public async Task A_reset_link_works_only_once()
    {
        var owner = await app.CreateAgencyAsync();
        var client = app.CreateAnonymousClient();
        (await client.PostFormAsync(ForgotUrl, [new("Email", owner.Email)])).Dispose();
        var resetUrl = IdentityTestKit.LinkIn(Assert.Single(app.MailTo(owner.Email, ResetSubject)), "Reset my password");

        using var first = await ResetAsync(client, resetUrl, owner.Email, NewPassword);
        using var second = await ResetAsync(client, resetUrl, owner.Email, "yet another passphrase");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("not valid any more", (await IdentityTestKit.PageAsync(second)).Summary());
        await app.SignedInClientAsync(owner with { Password = NewPassword });
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_replaces_it()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);
        const string url = "/Identity/Account/Manage/ChangePassword";

        using var wrongCurrent = await client.PostFormAsync(url,
            [new("Input.CurrentPassword", "not my password"), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)]);
        using var tooShort = await client.PostFormAsync(url,
            [new("Input.CurrentPassword", owner.Password), new("Input.NewPassword", "short"), new("Input.ConfirmPassword", "short")]);
        using var changed = await client.PostFormAsync(url,
            [new("Input.CurrentPassword", owner.Password), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)]);

        Assert.NotNull((await IdentityTestKit.PageAsync(wrongCurrent)).FieldError("Input.CurrentPassword"));
        Assert.Contains("at least 10 characters", (await IdentityTestKit.PageAsync(tooShort)).FieldError("Input.NewPassword"));
        Assert.Equal("/Identity/Account/Manage", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var oldPassword = await app.CreateAnonymousClient().SignInAsync(owner.Email, owner.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await app.SignedInClientAsync(owner with { Password = NewPassword });
    }

    /// <summary>Fills the form the emailed link opens: the email is prefilled and the token rides in a hidden field.</summary>
    private static async Task<HttpResponseMessage> ResetAsync(HttpClient client, string resetUrl, string email, string password)
    {
        var page = await client.GetDocumentAsync(resetUrl);
        return await client.PostWithTokenAsync(resetUrl, HtmlForms.AntiforgeryToken(page),
        [
            new("Input.Email", email), new("Input.Code", page.QuerySelector("#Input_Code")!.GetAttribute("value")!),
            new("Input.Password", password), new("Input.ConfirmPassword", password),
        ]);
    }
}
