using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Team;

public sealed class TeamPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task A_viewer_sees_every_member_with_role_and_clients_but_no_way_to_change_them()
    {
        var owner = await app.CreateAgencyAsync("Viewable Agency");
        var client = await app.CreateClientAsync(owner.AgencyId, "Fjord Coffee");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [client]);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);

        var page = await app.CreateClientFor(viewer.UserId).GetDocumentAsync(TeamTestSupport.TeamPage);

        Assert.Equal("Team", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#members tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[1] == owner.Email && r[2] == "Owner" && r[3] == "All clients");
        Assert.Contains(rows, r => r[1] == editor.Email && r[2] == "Editor" && r[3] == "Fjord Coffee");
        Assert.NotNull(page.QuerySelector("#invitations h2"));
        Assert.Null(page.QuerySelector("#invite"));
        Assert.Empty(page.QuerySelectorAll("#members form"));
    }

    [Fact]
    public async Task An_owner_gets_the_invite_form_with_the_agencys_active_clients_and_every_role()
    {
        var owner = await app.CreateAgencyAsync("Form Agency");
        await app.CreateClientAsync(owner.AgencyId, "Active Client");
        var other = await app.CreateAgencyAsync("Elsewhere");
        await app.CreateClientAsync(other.AgencyId, "Someone Else's Client");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(TeamTestSupport.TeamPage);

        var form = page.QuerySelector("#invite form")!;
        Assert.Equal(["Viewer", "Editor", "Admin", "Owner"], form.QuerySelectorAll("select[name='Input.Role'] option").Select(o => o.TextContent.Trim()));
        var clients = form.QuerySelectorAll("input[name='Input.ClientIds']").Select(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim()).ToList();
        Assert.Equal(["Active Client"], clients);
        Assert.Contains("Only some clients", page.QuerySelector("label[for='Input_RestrictedToClients']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Send invitation", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_team_comes_as_a_fragment_for_htmx_and_as_a_whole_page_otherwise()
    {
        var owner = await app.CreateAgencyAsync("Fragment Agency");
        var client = app.CreateClientFor(owner.UserId);

        var fragment = await client.GetFragmentAsync(TeamTestSupport.TeamPage);
        var page = await client.GetDocumentAsync(TeamTestSupport.TeamPage);

        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(fragment.QuerySelector("#team #members"));
        Assert.Contains("<html", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("main #team #members"));
    }

    [Fact]
    public async Task Changing_a_role_with_htmx_answers_the_members_table_and_saves_the_role()
    {
        var owner = await app.CreateAgencyAsync();
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);

        using var response = await app.CreateClientFor(owner.UserId).ChangeRoleAsync(await app.MembershipIdAsync(editor), AgencyRole.Admin, htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("members", fragment.Body!.FirstElementChild!.Id);
        Assert.Contains("Role changed", string.Join(" ", response.Headers.GetValues("HX-Trigger")), StringComparison.Ordinal);
        Assert.Equal(AgencyRole.Admin, (await app.MembershipAsync(owner.AgencyId, editor.UserId))!.Role);
    }

    [Fact]
    public async Task Changing_a_role_without_htmx_redirects_back_to_the_team_page()
    {
        var owner = await app.CreateAgencyAsync();
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);

        using var response = await app.CreateClientFor(owner.UserId).ChangeRoleAsync(await app.MembershipIdAsync(viewer), AgencyRole.Editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TeamTestSupport.TeamPage, response.Headers.Location!.OriginalString);
        Assert.Equal(AgencyRole.Editor, (await app.MembershipAsync(owner.AgencyId, viewer.UserId))!.Role);
    }

    [Fact]
    public async Task Removing_a_member_takes_them_out_of_the_agency_only()
    {
        var owner = await app.CreateAgencyAsync();
        var other = await app.CreateAgencyAsync("Their Other Agency");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, email: other.Email);

        using var response = await app.CreateClientFor(owner.UserId).RemoveAsync(await app.MembershipIdAsync(editor), htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.DoesNotContain(editor.Email, fragment.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.MembershipAsync(owner.AgencyId, editor.UserId));
        Assert.NotNull(await app.MembershipAsync(other.AgencyId, other.UserId));
    }
}
