using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Agencies;

public sealed class SwitchAgencyTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string Switch = "/Accounts/Agencies/Switch";

    [Fact]
    public async Task Switching_agencies_changes_what_the_dashboard_shows()
    {
        var first = await app.CreateAgencyAsync("First Agency");
        var second = await app.CreateAgencyAsync("Second Agency");
        await app.AddMemberAsync(second.AgencyId, AgencyRole.Editor, email: first.Email);
        var browser = app.CreateClientFor(first.UserId);
        var before = await browser.GetDocumentAsync("/");

        using var switched = await browser.PostFormAsync("/", [new("agencyId", second.AgencyId.ToString())], Switch);
        var after = await browser.GetDocumentAsync("/");

        Assert.Equal("First Agency", before.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        Assert.Equal("Second Agency", after.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(second.AgencyId.ToString(), after.QuerySelector("select[name=agencyId] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Switching_with_htmx_answers_an_htmx_redirect()
    {
        var first = await app.CreateAgencyAsync("One");
        var second = await app.CreateAgencyAsync("Two");
        await app.AddMemberAsync(second.AgencyId, AgencyRole.Viewer, email: first.Email);

        using var switched = await app.CreateClientFor(first.UserId).PostFormAsync("/", [new("agencyId", second.AgencyId.ToString())], Switch, htmx: true);

        Assert.Equal(HttpStatusCode.NoContent, switched.StatusCode);
        Assert.Equal("/", switched.Headers.GetValues("HX-Redirect").Single());
    }

    [Fact]
    public async Task An_agency_one_does_not_belong_to_answers_404_and_changes_nothing()
    {
        var mine = await app.CreateAgencyAsync("Mine Only");
        var theirs = await app.CreateAgencyAsync("Not Mine");
        var browser = app.CreateClientFor(mine.UserId);

        using var refused = await browser.PostFormAsync("/", [new("agencyId", theirs.AgencyId.ToString())], Switch);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.Contains(theirs.AgencyId.ToString(), StringComparison.Ordinal)));
        Assert.Equal("Mine Only", (await browser.GetDocumentAsync("/")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Switching_is_post_only()
    {
        var member = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(member.UserId).GetAsync(new Uri(Switch, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
