using System.Net;
using System.Web;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Tests.Team;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Invitations;

public sealed class AcceptInvitationTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string NewPassword = "a long enough password";

    [Fact]
    public async Task A_new_person_accepts_and_is_signed_in_as_a_member_with_the_invited_role_and_clients()
    {
        var owner = await app.CreateAgencyAsync("Harbour & Co");
        var alpha = await app.CreateClientAsync(owner.AgencyId, "Alpha");
        await app.CreateClientAsync(owner.AgencyId, "Beta");
        var email = await InviteAsync(owner, AgencyRole.Editor, onlyClients: [alpha]);
        var browser = app.CreateAnonymousClient();
        var link = app.AcceptLink(email).OriginalString;

        var page = await browser.GetDocumentAsync(link);
        Assert.Equal("Join Harbour & Co", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Your name", "Password", "Confirm password"], page.QuerySelectorAll("form label").Select(l => l.TextContent.Trim()));
        var form = page.QuerySelector("form[method=post]")!;
        Assert.Equal("Accept and create account", form.QuerySelector("button")!.TextContent.Trim());

        using var accepted = await browser.PostFormAsync(link, NewAccount("Robin Lake"), form.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        var dashboard = await browser.GetDocumentAsync("/");
        Assert.Equal("Harbour & Co", dashboard.QuerySelector("h1")!.TextContent.Trim());
        var user = await app.WithScopeAsync(s => s.GetRequiredService<UserManager<CadenceUser>>().FindByEmailAsync(email));
        Assert.True(user!.EmailConfirmed);
        Assert.Equal("Robin Lake", user.DisplayName);
        var membership = await app.MembershipAsync(owner.AgencyId, user.Id);
        Assert.Equal(AgencyRole.Editor, membership!.Role);
        var resolved = await app.WithScopeAsync(s => s.GetRequiredService<IAgencyMembershipResolver>().ResolveAsync(user.Id, null, CancellationToken.None));
        Assert.Equal([alpha], resolved!.ClientIds!);
        Assert.NotNull((await app.InvitationsToAsync(email)).Single().AcceptedAtUtc);
        using var again = await app.CreateAnonymousClient().GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already been accepted", (await HtmlForms.ParseAsync(again)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_persons_mistakes_are_shown_next_to_the_fields_and_nothing_is_created()
    {
        var owner = await app.CreateAgencyAsync();
        var email = await InviteAsync(owner, AgencyRole.Viewer);
        var browser = app.CreateAnonymousClient();
        var link = app.AcceptLink(email).OriginalString;
        var action = (await browser.GetDocumentAsync(link)).QuerySelector("form[method=post]")!.GetAttribute("action");

        using var response = await browser.PostFormAsync(
            link, [new("Input.DisplayName", " "), new("Input.Password", "short"), new("Input.ConfirmPassword", "different")], action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Enter your name", page.QuerySelector("#name-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10", page.QuerySelector("#password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("do not match", page.QuerySelector("#confirm-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<UserManager<CadenceUser>>().FindByEmailAsync(email)));
        Assert.Null((await app.InvitationsToAsync(email)).Single().AcceptedAtUtc);
    }

    [Fact]
    public async Task Someone_with_an_account_who_is_not_signed_in_is_sent_to_sign_in_and_back()
    {
        var owner = await app.CreateAgencyAsync();
        var elsewhere = await app.CreateAgencyAsync("Elsewhere");
        await InviteAsync(owner, AgencyRole.Admin, elsewhere.Email);
        var link = app.AcceptLink(elsewhere.Email).OriginalString;

        var page = await app.CreateAnonymousClient().GetDocumentAsync(link);

        var signIn = page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Sign in to accept").GetAttribute("href")!;
        Assert.StartsWith("/Identity/Account/SignIn?returnUrl=", signIn, StringComparison.Ordinal);
        Assert.Equal(link, HttpUtility.ParseQueryString(signIn.Split('?')[1])["returnUrl"]);
        Assert.Null(page.QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task A_signed_in_person_accepts_with_one_button_and_lands_in_the_new_agency()
    {
        var owner = await app.CreateAgencyAsync("Joining Agency");
        var person = await app.CreateAgencyAsync("Home Agency");
        await InviteAsync(owner, AgencyRole.Admin, person.Email);
        var link = app.AcceptLink(person.Email).OriginalString;
        var browser = app.CreateClientFor(person.UserId);
        var page = await browser.GetDocumentAsync(link);
        var form = page.QuerySelectorAll("form[method=post]").Single(f => f.TextContent.Contains("Accept invitation", StringComparison.Ordinal));

        using var accepted = await browser.PostFormAsync(link, [], form.GetAttribute("action"));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains(accepted.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{AgencySelection.CookieName}={owner.AgencyId}", StringComparison.Ordinal));
        Assert.Equal(AgencyRole.Admin, (await app.MembershipAsync(owner.AgencyId, person.UserId))!.Role);
        Assert.Equal("Joining Agency", (await browser.GetDocumentAsync("/")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Someone_signed_in_with_another_email_is_told_so_and_cannot_accept()
    {
        var owner = await app.CreateAgencyAsync();
        var stranger = await app.CreateAgencyAsync("Stranger Agency");
        var email = await InviteAsync(owner, AgencyRole.Editor);
        var link = app.AcceptLink(email).OriginalString;
        var browser = app.CreateClientFor(stranger.UserId);

        var page = await browser.GetDocumentAsync(link);
        using var attempt = await browser.PostFormAsync(link, [], link + "&handler=Join");

        Assert.Contains($"this invitation is for {email}", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main button"), b => b.TextContent.Trim() == "Sign out");
        Assert.DoesNotContain(page.QuerySelectorAll("main button"), b => b.TextContent.Trim() == "Accept invitation");
        Assert.Contains("was sent to", (await HtmlForms.ParseAsync(attempt)).QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.MembershipAsync(owner.AgencyId, stranger.UserId));
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_with_a_clear_page()
    {
        var owner = await app.CreateAgencyAsync();
        var email = await InviteAsync(owner, AgencyRole.Viewer);
        var link = app.AcceptLink(email).OriginalString;
        app.Clock.Advance(Invitation.Lifetime + TimeSpan.FromMinutes(1));
        var browser = app.CreateAnonymousClient();

        using var page = await browser.GetAsync(new Uri(link, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(page);
        using var attempt = await browser.PostWithTokenAsync(link + "&handler=Create", HtmlForms.AntiforgeryToken(document), NewAccount("Late Comer"));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("expired", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("input[type=password]"));
        Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Null(await app.WithScopeAsync(s => s.GetRequiredService<UserManager<CadenceUser>>().FindByEmailAsync(email)));
    }

    [Theory]
    [InlineData("/Accounts/Invitations/Accept?token=not-a-real-token")]
    [InlineData("/Accounts/Invitations/Accept")]
    public async Task An_unknown_link_answers_404_with_an_explanation(string url)
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Invitation not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("not valid", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> InviteAsync(TestMember owner, AgencyRole role, string? email = null, IReadOnlyCollection<Guid>? onlyClients = null)
    {
        email ??= TeamTestSupport.NewEmail();
        using var response = await app.CreateClientFor(owner.UserId).InviteAsync(email, role, onlyClients);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return email;
    }

    private static KeyValuePair<string, string>[] NewAccount(string name) =>
        [new("Input.DisplayName", name), new("Input.Password", NewPassword), new("Input.ConfirmPassword", NewPassword)];
}
