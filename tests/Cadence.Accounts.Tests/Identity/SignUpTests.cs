using System.Net;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Identity;

public sealed class SignUpTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string SignUpUrl = "/Identity/Account/SignUp";
    private const string Password = "a long enough password";

    [Fact]
    public async Task Signing_up_then_following_the_emailed_link_lets_the_new_owner_sign_in_to_the_dashboard()
    {
        var client = app.CreateAnonymousClient();
        var email = $"owner-{Guid.NewGuid():N}@example.test";

        using var signedUp = await client.PostFormAsync(SignUpUrl, Fields("Sunrise Studio", "Ada Lovelace", email, Password, Password));
        var checkEmail = await client.GetDocumentAsync(signedUp.Headers.Location!.OriginalString);
        Assert.Equal("Check your email", checkEmail.QuerySelector("h1")!.TextContent);

        var mail = Assert.Single(app.MailTo(email, "Confirm your email for Cadence"));
        var confirmed = await client.GetDocumentAsync(IdentityTestKit.LinkIn(mail, "Confirm my email"));
        Assert.Equal("Email confirmed", confirmed.QuerySelector("h1")!.TextContent);
        Assert.Contains(confirmed.QuerySelectorAll("a"), a => a.TextContent == "Sign in");

        using var signedIn = await client.SignInAsync(email, Password);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        var dashboard = await client.GetDocumentAsync("/");
        Assert.Equal("Sunrise Studio", dashboard.QuerySelector("h1")!.TextContent);
        Assert.Equal("Ada Lovelace", dashboard.QuerySelector(".user-menu summary")!.TextContent.Trim());
        Assert.Equal((AgencyRole.Owner, app.Clock.GetUtcNow().UtcDateTime), await MembershipOf(email));
    }

    [Fact]
    public async Task Invalid_sign_up_shows_each_error_next_to_its_field_and_creates_nothing()
    {
        var client = app.CreateAnonymousClient();
        var email = "not-an-email";

        using var response = await client.PostFormAsync(SignUpUrl, Fields("A", "  ", email, "short", "different"));

        var page = await IdentityTestKit.PageAsync(response);
        Assert.Contains("2 to 120 characters", page.FieldError("Input.AgencyName"));
        Assert.Equal("Enter your name.", page.FieldError("Input.Name"));
        Assert.Contains("valid email", page.FieldError("Input.Email"));
        Assert.Contains("at least 10 characters", page.FieldError("Input.Password"));
        Assert.Equal("The two passwords do not match.", page.FieldError("Input.ConfirmPassword"));
        Assert.Equal("true", page.QuerySelector("#Input_Password")!.GetAttribute("aria-invalid"));
        Assert.Equal("Input_Password-error", page.QuerySelector("#Input_Password")!.GetAttribute("aria-describedby"));
        Assert.Equal((0, 0), await CountAsync("A", email));
        Assert.Empty(app.MailTo(email, "Confirm your email for Cadence"));
    }

    [Fact]
    public async Task Signing_up_with_an_email_already_in_use_is_refused_next_to_the_email_field()
    {
        var existing = await app.CreateAgencyAsync();
        var client = app.CreateAnonymousClient();

        using var response = await client.PostFormAsync(SignUpUrl, Fields("Copycat Agency", "Someone", existing.Email, Password, Password));

        var page = await IdentityTestKit.PageAsync(response);
        Assert.Contains("already exists", page.FieldError("Input.Email"));
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<AccountsDbContext>().Agencies.CountAsync(a => a.Name == "Copycat Agency")));
    }

    [Fact]
    public async Task Signing_in_before_confirming_the_email_is_refused_with_a_way_to_resend_the_link()
    {
        var client = app.CreateAnonymousClient();
        var email = $"early-{Guid.NewGuid():N}@example.test";
        (await client.PostFormAsync(SignUpUrl, Fields("Early Birds", "Eve", email, Password, Password))).Dispose();

        using var refused = await client.SignInAsync(email, Password);

        var page = await IdentityTestKit.PageAsync(refused);
        Assert.Contains("confirm your email", page.QuerySelector("[role=alert]")!.TextContent);
        var resend = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("confirmation link", StringComparison.Ordinal));
        using var resent = await client.PostFormAsync(resend.GetAttribute("href")!, [new("Email", email)]);
        Assert.Equal(2, app.MailTo(email, "Confirm your email for Cadence").Count);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_for_an_unconfirmed_account_does_not_reveal_that_it_waits_for_confirmation()
    {
        var client = app.CreateAnonymousClient();
        var email = $"quiet-{Guid.NewGuid():N}@example.test";
        (await client.PostFormAsync(SignUpUrl, Fields("Quiet Agency", "Quinn", email, Password, Password))).Dispose();

        using var refused = await client.SignInAsync(email, "a wrong password here");

        var page = await IdentityTestKit.PageAsync(refused);
        Assert.Equal("Email or password is incorrect.", page.Summary());
        Assert.DoesNotContain("confirm your email", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Fields(string agency, string name, string email, string password, string confirm) =>
    [
        new("Input.AgencyName", agency), new("Input.Name", name), new("Input.Email", email),
        new("Input.Password", password), new("Input.ConfirmPassword", confirm),
    ];

    private Task<(AgencyRole Role, DateTime AgencyCreatedAtUtc)> MembershipOf(string email) => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AccountsDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var membership = await db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.UserId == user.Id);
        var agency = await db.Agencies.SingleAsync(a => a.Id == membership.AgencyId);
        return (membership.Role, agency.CreatedAtUtc);
    });

    private Task<(int Users, int Agencies)> CountAsync(string agencyName, string email) => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AccountsDbContext>();
        return (await db.Users.CountAsync(u => u.Email == email), await db.Agencies.CountAsync(a => a.Name == agencyName));
    });
}
