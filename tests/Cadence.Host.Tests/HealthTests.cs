using System.Net;
using Cadence.Testing;

namespace Cadence.Host.Tests;

public sealed class HealthTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_200_without_sign_in_once_migrations_are_applied(string path)
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_sends_an_anonymous_visitor_to_sign_in()
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_tells_a_new_agency_what_to_do_next()
    {
        var owner = await app.CreateAgencyAsync("Fresh Agency");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync("/");

        Assert.Equal("Fresh Agency", page.QuerySelector("h1")!.TextContent.Trim());
        var steps = page.QuerySelectorAll(".checklist li").Select(li => li.TextContent).ToList();
        Assert.Contains(steps, s => s.Contains("Invite your team", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Add a client", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Instagram", StringComparison.Ordinal));
    }
}
