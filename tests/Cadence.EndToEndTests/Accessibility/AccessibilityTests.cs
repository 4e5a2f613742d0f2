using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, CadenceServer server)
{
    [Theory]
    [InlineData(IdentityPages.SignInPath)]
    [InlineData(IdentityPages.SignUpPath)]
    [InlineData(MailboxPage.Path)]
    public async Task A_page_for_visitors_has_no_serious_accessibility_violations(string path)
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();

        await OpenAsync(page, path, expectedStatus: 200);

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData(ClientPages.ListPath, 200)]
    [InlineData(ClientPages.CreatePath, 200)]
    [InlineData(TeamPages.Path, 200)]
    [InlineData("/no-such-page", 404)]
    public async Task A_page_for_members_has_no_serious_accessibility_violations(string path, int expectedStatus)
    {
        var owner = await server.CreateAgencyAsync("Accessible Agency");
        await server.CreateClientAsync(owner.AgencyId, "Accessible Client");
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();

        await OpenAsync(page, path, expectedStatus);

        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    // A page that does not exist yet renders the status page, which must not pass for the page under test.
    private static async Task OpenAsync(IPage page, string path, int expectedStatus)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response!.Status == expectedStatus, $"{path} answered {response.Status} at {page.Url}.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
