using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Team;

public sealed class TeamRulesTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task The_last_owner_can_be_neither_demoted_nor_removed_and_is_told_why()
    {
        var owner = await app.CreateAgencyAsync();
        var membershipId = await app.MembershipIdAsync(owner);
        var client = app.CreateClientFor(owner.UserId);

        using var demoted = await client.ChangeRoleAsync(membershipId, AgencyRole.Admin, htmx: true);
        using var removed = await client.RemoveAsync(membershipId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, demoted.StatusCode);
        var fragment = await HtmlForms.ParseAsync(demoted);
        Assert.Contains("at least one Owner", fragment.QuerySelector("#members [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var page = await HtmlForms.ParseAsync(removed);
        Assert.Contains("last Owner cannot be removed", page.QuerySelector("#members [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AgencyRole.Owner, (await app.MembershipAsync(owner.AgencyId, owner.UserId))!.Role);
    }

    [Fact]
    public async Task An_owner_may_step_down_once_there_is_another_owner()
    {
        var owner = await app.CreateAgencyAsync();
        await app.AddMemberAsync(owner.AgencyId, AgencyRole.Owner);

        using var response = await app.CreateClientFor(owner.UserId).ChangeRoleAsync(await app.MembershipIdAsync(owner), AgencyRole.Admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AgencyRole.Admin, (await app.MembershipAsync(owner.AgencyId, owner.UserId))!.Role);
    }

    [Fact]
    public async Task An_admin_can_neither_make_an_owner_nor_change_or_remove_one()
    {
        var owner = await app.CreateAgencyAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var client = app.CreateClientFor(admin.UserId);
        var ownerMembership = await app.MembershipIdAsync(owner);

        using var promote = await client.ChangeRoleAsync(await app.MembershipIdAsync(editor), AgencyRole.Owner, htmx: true);
        using var demote = await client.ChangeRoleAsync(ownerMembership, AgencyRole.Viewer);
        using var remove = await client.RemoveAsync(ownerMembership, htmx: true);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { promote.StatusCode, demote.StatusCode, remove.StatusCode });
        Assert.Equal(AgencyRole.Editor, (await app.MembershipAsync(owner.AgencyId, editor.UserId))!.Role);
        Assert.Equal(AgencyRole.Owner, (await app.MembershipAsync(owner.AgencyId, owner.UserId))!.Role);
    }

    [Fact]
    public async Task An_admin_manages_editors_viewers_and_admins()
    {
        var owner = await app.CreateAgencyAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var otherAdmin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var client = app.CreateClientFor(admin.UserId);

        using var promoted = await client.ChangeRoleAsync(await app.MembershipIdAsync(viewer), AgencyRole.Admin);
        using var removed = await client.RemoveAsync(await app.MembershipIdAsync(otherAdmin));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (promoted.StatusCode, removed.StatusCode));
        Assert.Equal(AgencyRole.Admin, (await app.MembershipAsync(owner.AgencyId, viewer.UserId))!.Role);
        Assert.Null(await app.MembershipAsync(owner.AgencyId, otherAdmin.UserId));
    }

    [Theory]
    [InlineData(AgencyRole.Viewer)]
    [InlineData(AgencyRole.Editor)]
    public async Task Members_who_may_not_manage_the_team_get_403_for_every_change(AgencyRole role)
    {
        var owner = await app.CreateAgencyAsync();
        var member = await app.AddMemberAsync(owner.AgencyId, role);
        var target = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var client = app.CreateClientFor(member.UserId);
        var email = TeamTestSupport.NewEmail();

        using var invite = await client.InviteAsync(email, AgencyRole.Viewer);
        using var change = await client.ChangeRoleAsync(await app.MembershipIdAsync(target), AgencyRole.Admin);
        using var remove = await client.RemoveAsync(await app.MembershipIdAsync(target), htmx: true);

        Assert.All(new[] { invite, change, remove }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Empty(await app.InvitationsToAsync(email));
        Assert.Equal(AgencyRole.Viewer, (await app.MembershipAsync(owner.AgencyId, target.UserId))!.Role);
    }

    [Fact]
    public async Task Ids_from_another_agency_answer_404()
    {
        var mine = await app.CreateAgencyAsync("Mine");
        var theirs = await app.CreateAgencyAsync("Theirs");
        var theirEditor = await app.AddMemberAsync(theirs.AgencyId, AgencyRole.Editor);
        var email = TeamTestSupport.NewEmail();
        using (var invited = await app.CreateClientFor(theirs.UserId).InviteAsync(email, AgencyRole.Viewer))
        {
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        }

        var theirInvitation = (await app.InvitationsToAsync(email)).Single().Id;
        var client = app.CreateClientFor(mine.UserId);

        using var change = await client.ChangeRoleAsync(await app.MembershipIdAsync(theirEditor), AgencyRole.Viewer);
        using var remove = await client.RemoveAsync(await app.MembershipIdAsync(theirEditor));
        using var revoke = await client.RevokeAsync(theirInvitation, htmx: true);

        Assert.All(new[] { change, remove, revoke }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(AgencyRole.Editor, (await app.MembershipAsync(theirs.AgencyId, theirEditor.UserId))!.Role);
        Assert.Null((await app.InvitationsToAsync(email)).Single().RevokedAtUtc);
    }
}
