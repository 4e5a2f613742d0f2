using System.Net;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Identity;

public sealed class SignInTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_that_does_not_say_which_part_was_wrong()
    {
        var owner = await app.CreateAgencyAsync();
        var client = app.CreateAnonymousClient();

        using var wrongPassword = await client.SignInAsync(owner.Email, "not the password at all");
        using var unknownEmail = await client.SignInAsync("nobody@example.test", owner.Password);

        Assert.Equal("Email or password is incorrect.", (await IdentityTestKit.PageAsync(wrongPassword)).Summary());
        Assert.Equal("Email or password is incorrect.", (await IdentityTestKit.PageAsync(unknownEmail)).Summary());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var owner = await app.CreateAgencyAsync();
        var client = app.CreateAnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var refused = await client.SignInAsync(owner.Email, $"wrong password {attempt}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var fifth = await client.SignInAsync(owner.Email, "wrong password 5");
        using var rightPassword = await client.SignInAsync(owner.Email, owner.Password);

        Assert.Equal("/Identity/Account/Lockout", fifth.Headers.Location?.OriginalString);
        Assert.Equal("/Identity/Account/Lockout", rightPassword.Headers.Location?.OriginalString);
        var lockout = await client.GetDocumentAsync("/Identity/Account/Lockout");
        Assert.Equal("Account locked", lockout.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_local_page_asked_for_but_never_to_another_site()
    {
        var owner = await app.CreateAgencyAsync();

        using var local = await app.CreateAnonymousClient()
            .SignInAsync(owner.Email, owner.Password, "/Identity/Account/SignIn?ReturnUrl=%2FIdentity%2FAccount%2FManage");
        using var external = await app.CreateAnonymousClient()
            .SignInAsync(owner.Email, owner.Password, "/Identity/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        using var protocolRelative = await app.CreateAnonymousClient()
            .SignInAsync(owner.Email, owner.Password, "/Identity/Account/SignIn?ReturnUrl=%2F%2Fevil.example");

        Assert.Equal("/Identity/Account/Manage", local.Headers.Location?.OriginalString);
        Assert.Equal("/", external.Headers.Location?.OriginalString);
        Assert.Equal("/", protocolRelative.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_and_ends_the_session()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);

        var confirmPage = await client.GetDocumentAsync("/Identity/Account/SignOut");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.NotNull(confirmPage.QuerySelector("form[method=post] button"));

        var token = HtmlForms.AntiforgeryToken(await client.GetDocumentAsync("/"));
        using var signedOut = await client.PostWithTokenAsync("/Identity/Account/SignOut", token, []);

        Assert.Equal("/Identity/Account/SignIn", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_access_denied_page_answers_403_with_its_own_explanation()
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri("/Identity/Account/AccessDenied", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied", (await HtmlForms.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }
}
