using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Approvals;

public sealed class SettingsPageTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task An_owner_requires_team_and_client_approval_and_names_an_editor_as_reviewer()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var client = app.CreateClientFor(owner.UserId);

        var page = await client.GetDocumentAsync(ApprovalTestKit.SettingsUrl(clientId));
        var candidates = page.QuerySelectorAll("input[name='Input.ReviewerUserIds']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([editor.UserId.ToString()], candidates);
        Assert.DoesNotContain(admin.UserId.ToString(), candidates);

        using var response = await client.PostFormAsync(
            ApprovalTestKit.SettingsUrl(clientId),
            [new("Input.RequireTeamApproval", "true"), new("Input.RequireClientApproval", "true"), new("Input.ReviewerUserIds", editor.UserId.ToString())],
            htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Approval settings saved", string.Join(" ", response.Headers.GetValues("HX-Trigger")), StringComparison.Ordinal);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("approval-settings", fragment.Body!.FirstElementChild!.Id);
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        var saved = await app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().ClientSettings.IgnoreQueryFilters().SingleAsync(s => s.ClientId == clientId));
        Assert.True(saved.RequireTeamApproval);
        Assert.True(saved.RequireClientApproval);
        Assert.Equal([editor.UserId], saved.ReviewerUserIds);

        var again = await client.GetDocumentAsync(ApprovalTestKit.SettingsUrl(clientId));
        Assert.Contains("<html", again.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(again.QuerySelector($"#reviewer-{editor.UserId}")!.HasAttribute("checked"));
        var overview = await client.GetDocumentAsync("/composer/approvals");
        Assert.Contains("Team and client", overview.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_both_requirements_off_saves_a_client_that_needs_no_approval()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: true);

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(ApprovalTestKit.SettingsUrl(clientId), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().ClientSettings.IgnoreQueryFilters().SingleAsync(s => s.ClientId == clientId));
        Assert.False(saved.Policy.RequiresApproval);
    }

    [Fact]
    public async Task Someone_who_is_not_a_member_cannot_be_named_reviewer()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var stranger = await app.CreateAgencyAsync("Elsewhere");

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(
            ApprovalTestKit.SettingsUrl(clientId), [new("Input.ReviewerUserIds", stranger.UserId.ToString())], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("current members", (await HtmlForms.ParseAsync(response)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_may_not_open_the_settings()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);

        using var response = await app.CreateClientFor(editor.UserId).GetAsync(new Uri(ApprovalTestKit.SettingsUrl(clientId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
