using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Tests.Team;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Invitations;

public sealed class InviteTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Inviting_emails_a_link_whose_token_is_stored_only_as_a_hash_and_lists_the_invitation()
    {
        var owner = await app.CreateAgencyAsync("Lumen Social");
        var email = TeamTestSupport.NewEmail();
        var client = app.CreateClientFor(owner.UserId);

        using var response = await client.InviteAsync(email, AgencyRole.Editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = app.MailTo(email);
        Assert.Equal("You're invited to join Lumen Social on Cadence", mail.Subject);
        Assert.Contains("Editor", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(owner.Email.Split('@')[0], mail.HtmlBody, StringComparison.Ordinal);
        var link = app.AcceptLink(email);
        Assert.Equal("/Accounts/Invitations/Accept", link.OriginalString.Split('?')[0]);
        var token = HttpUtility.ParseQueryString(link.OriginalString.Split('?')[1])["token"]!;
        Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length);
        var invitation = (await app.InvitationsToAsync(email)).Single();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + Invitation.Lifetime, invitation.ExpiresAtUtc);
        var page = await client.GetDocumentAsync(TeamTestSupport.TeamPage);
        Assert.Contains(email, page.QuerySelector("#invitations table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invitation sent", page.QuerySelector("#toasts .toast")!.TextContent.Trim());
    }

    [Fact]
    public async Task Inviting_with_htmx_answers_the_team_with_the_new_invitation_and_an_empty_form()
    {
        var owner = await app.CreateAgencyAsync();
        var email = TeamTestSupport.NewEmail();

        using var response = await app.CreateClientFor(owner.UserId).InviteAsync(email, AgencyRole.Viewer, htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("team", fragment.Body!.FirstElementChild!.Id);
        Assert.Contains(email, fragment.QuerySelector("#invitations")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, fragment.QuerySelector("input[name='Input.Email']")!.GetAttribute("value") ?? string.Empty);
        Assert.Contains("Invitation sent", string.Join(" ", response.Headers.GetValues("HX-Trigger")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_invitation_needs_a_client_shows_errors_next_to_fields_and_saves_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var client = app.CreateClientFor(owner.UserId);
        var email = TeamTestSupport.NewEmail();
        var mailsBefore = MailCount();

        using var page = await client.InviteAsync(email, AgencyRole.Editor, onlyClients: []);
        using var fragment = await client.InviteAsync("not-an-email", AgencyRole.Editor, onlyClients: [], htmx: true);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await HtmlForms.ParseAsync(page);
        Assert.Contains("at least one client", document.QuerySelector("#invite-clients-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(document.QuerySelector("input[type=checkbox][name='Input.RestrictedToClients']")!.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fragment.StatusCode);
        var form = await HtmlForms.ParseAsync(fragment);
        Assert.Null(form.QuerySelector("html > head > title"));
        Assert.Contains("valid email", form.QuerySelector("#invite-email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", form.QuerySelector("input[name='Input.Email']")!.GetAttribute("aria-invalid"));
        Assert.Contains("at least one client", form.QuerySelector("#invite-clients-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.InvitationsToAsync(email));
        Assert.Empty(await app.InvitationsToAsync("not-an-email"));
        Assert.Equal(mailsBefore, MailCount());
    }

    [Fact]
    public async Task A_client_of_another_agency_cannot_be_given_to_an_invitee()
    {
        var owner = await app.CreateAgencyAsync();
        var other = await app.CreateAgencyAsync("Other");
        var theirClient = await app.CreateClientAsync(other.AgencyId, "Not Yours");
        var email = TeamTestSupport.NewEmail();

        using var response = await app.CreateClientFor(owner.UserId).InviteAsync(email, AgencyRole.Editor, onlyClients: [theirClient]);

        var document = await HtmlForms.ParseAsync(response);
        Assert.Contains("only active clients of this agency", document.QuerySelector("#invite-clients-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.InvitationsToAsync(email));
    }

    [Fact]
    public async Task Inviting_someone_already_in_the_team_is_an_error_next_to_email()
    {
        var owner = await app.CreateAgencyAsync();
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);

        using var response = await app.CreateClientFor(owner.UserId).InviteAsync(editor.Email.ToUpperInvariant(), AgencyRole.Admin, htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var form = await HtmlForms.ParseAsync(response);
        Assert.Contains("already a member", form.QuerySelector("#invite-email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.InvitationsToAsync(editor.Email.ToUpperInvariant()));
    }

    [Fact]
    public async Task An_admin_cannot_invite_an_owner_but_an_owner_can()
    {
        var owner = await app.CreateAgencyAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var email = TeamTestSupport.NewEmail();

        var adminForm = await app.CreateClientFor(admin.UserId).GetDocumentAsync(TeamTestSupport.TeamPage);
        using var byAdmin = await app.CreateClientFor(admin.UserId).InviteAsync(email, AgencyRole.Owner, htmx: true);
        var afterAdmin = await app.InvitationsToAsync(email);
        using var byOwner = await app.CreateClientFor(owner.UserId).InviteAsync(email, AgencyRole.Owner);

        Assert.DoesNotContain("Owner", adminForm.QuerySelectorAll("select[name='Input.Role'] option").Select(o => o.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byAdmin.StatusCode);
        Assert.Contains("Only an Owner", (await HtmlForms.ParseAsync(byAdmin)).QuerySelector("#invite-role-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(afterAdmin);
        Assert.Equal(HttpStatusCode.Redirect, byOwner.StatusCode);
        Assert.Equal(AgencyRole.Owner, (await app.InvitationsToAsync(email)).Single().Role);
    }

    [Fact]
    public async Task A_new_invitation_to_the_same_email_revokes_the_open_one()
    {
        var owner = await app.CreateAgencyAsync();
        var email = TeamTestSupport.NewEmail();
        var client = app.CreateClientFor(owner.UserId);
        (await client.InviteAsync(email, AgencyRole.Viewer)).Dispose();
        var firstLink = app.AcceptLink(email);

        (await client.InviteAsync(email, AgencyRole.Editor)).Dispose();

        var invitations = await app.InvitationsToAsync(email);
        Assert.Equal(2, invitations.Count);
        Assert.NotNull(invitations[0].RevokedAtUtc);
        Assert.Null(invitations[1].RevokedAtUtc);
        using var first = await app.CreateAnonymousClient().GetAsync(firstLink);
        Assert.Equal(HttpStatusCode.Gone, first.StatusCode);
    }

    [Fact]
    public async Task Revoking_with_htmx_answers_the_pending_list_and_the_link_stops_working()
    {
        var owner = await app.CreateAgencyAsync();
        var email = TeamTestSupport.NewEmail();
        var client = app.CreateClientFor(owner.UserId);
        (await client.InviteAsync(email, AgencyRole.Viewer)).Dispose();
        var invitation = (await app.InvitationsToAsync(email)).Single();

        using var response = await client.RevokeAsync(invitation.Id, htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("invitations", fragment.Body!.FirstElementChild!.Id);
        Assert.DoesNotContain(email, fragment.Body.TextContent, StringComparison.Ordinal);
        using var page = await app.CreateAnonymousClient().GetAsync(app.AcceptLink(email));
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("withdrawn", (await HtmlForms.ParseAsync(page)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private int MailCount() => app.Services.GetRequiredService<MailboxFolder>().List().Count;
}
