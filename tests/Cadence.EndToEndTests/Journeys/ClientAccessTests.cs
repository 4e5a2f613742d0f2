using Cadence.BuildingBlocks.Tenancy;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class ClientAccessTests(BrowserFixture browser, CadenceServer server)
{
    [Fact]
    public async Task A_viewer_signed_in_through_the_sign_in_page_is_offered_no_new_client_link_and_is_refused_the_form()
    {
        var owner = await server.CreateAgencyAsync("Viewer Agency");
        await server.CreateClientAsync(owner.AgencyId, "Visible Client");
        var viewer = await server.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await new IdentityPages(page).SignInAsync(viewer.Email, TestData.Password);

        var clients = new ClientPages(page);
        await clients.OpenListAsync();
        await Expect(clients.ClientLink("Visible Client")).ToBeVisibleAsync();
        await Expect(clients.NewClientLink).ToHaveCountAsync(0);
        await Expect(page.GetByText("New client", new() { Exact = true })).ToHaveCountAsync(0);

        var response = await page.GotoAsync(ClientPages.CreatePath);
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_address_of_another_agencys_client_answers_page_not_found()
    {
        var owner = await server.CreateAgencyAsync("Our Agency");
        var ourClient = await server.CreateClientAsync(owner.AgencyId, "Our Client");
        var rival = await server.CreateAgencyAsync("Rival Agency");
        var rivalClient = await server.CreateClientAsync(rival.AgencyId, "Rival Client");
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await new IdentityPages(page).SignInAsync(owner.Email, TestData.Password);

        await page.GotoAsync(ClientPages.DetailsPath(ourClient));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our Client", Level = 1 })).ToBeVisibleAsync();

        var response = await page.GotoAsync(ClientPages.DetailsPath(rivalClient));
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Rival Client")).ToHaveCountAsync(0);
    }
}
