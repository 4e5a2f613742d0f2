using System.Text.RegularExpressions;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Layout;

[Collection(BrowserCollection.Name)]
public sealed class AntiforgeryTests(BrowserFixture browser, CadenceServer server)
{
    [Fact]
    public async Task An_htmx_post_is_refused_without_the_layout_token_and_accepted_with_it()
    {
        var owner = await server.CreateAgencyAsync();
        await using var context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var token = await HtmxRequests.TokenAsync(page);

        var refused = await HtmxRequests.PostAsync(page, "/", token: null);
        var accepted = await HtmxRequests.PostAsync(page, "/", token);

        Assert.Equal(400, refused.Status);
        Assert.Equal(200, accepted.Status);
    }

    [Fact]
    public async Task Signing_out_by_htmx_needs_the_token_from_the_page()
    {
        var owner = await server.CreateAgencyAsync();
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await new IdentityPages(page).SignInAsync(owner.Email, TestData.Password);
        var token = await HtmxRequests.TokenAsync(page);

        var refused = await HtmxRequests.PostAsync(page, "/Identity/Account/SignOut", token: null);
        Assert.Equal(400, refused.Status);
        await page.GotoAsync("/");
        await Expect(new IdentityPages(page).SignOutButton).ToBeAttachedAsync();

        var accepted = await HtmxRequests.PostAsync(page, "/Identity/Account/SignOut", token);
        Assert.InRange(accepted.Status, 200, 399);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex(IdentityPages.SignInPath));
    }
}
