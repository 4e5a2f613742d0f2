using Cadence.EndToEndTests.Accessibility;
using Cadence.EndToEndTests.Infrastructure;
using Cadence.EndToEndTests.Pages;
using Cadence.Testing;

namespace Cadence.EndToEndTests.Journeys;

/// <summary>
/// Linking a client's Instagram account through the sandbox's consent page, as an Owner would. Each test has its own
/// agency, so linking the same sandbox account in several tests is allowed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InstagramLinkingTests(BrowserFixture browser, CadenceServer server) : IAsyncLifetime
{
    private IBrowserContext? context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_owner_connects_an_account_on_the_consent_page_and_sees_it_on_the_client_page_and_the_overview()
    {
        var (page, instagram, clientId) = await OpenClientAsync("Connect Agency", "Sakura Tea");

        await Expect(instagram.EmptyState).ToBeVisibleAsync();
        await instagram.ConnectAsync("sakurastudio", "Sakura Tea");

        await Expect(instagram.Notice).ToHaveTextAsync("@sakurastudio is connected to Sakura Tea.");
        await Expect(instagram.Cards).ToHaveCountAsync(1);
        await Expect(instagram.CardStatus("sakurastudio", "Active")).ToBeVisibleAsync();
        await Expect(instagram.Card("sakurastudio")).ToContainTextAsync("12,800 followers");
        await Expect(instagram.EmptyState).ToHaveCountAsync(0);
        Assert.StartsWith(new Uri(server.BaseAddress, ClientPages.DetailsPath(clientId)).ToString(), page.Url, StringComparison.Ordinal);

        await instagram.OpenOverviewAsync();
        var row = instagram.OverviewRow("sakurastudio");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Sakura Tea", Exact = true })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Active");
        await Expect(row).ToContainTextAsync("12,800 followers");
    }

    [Fact]
    public async Task Denying_consent_returns_to_the_client_page_with_the_reason_and_connects_nothing()
    {
        var (_, instagram, _) = await OpenClientAsync("Deny Agency", "Harbour Cafe");

        await instagram.ConnectButton.ClickAsync();
        await instagram.AnswerConsentAsync("harbourcoffee", "Deny", "Harbour Cafe");

        await Expect(instagram.Problem).ToHaveTextAsync(
            "Instagram connection cancelled: permission was not granted on Instagram, so nothing was connected.");
        await Expect(instagram.EmptyState).ToBeVisibleAsync();
        await Expect(instagram.Cards).ToHaveCountAsync(0);
        await Expect(instagram.Notice).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Connecting_the_same_account_again_renews_its_access_without_a_second_card()
    {
        var (_, instagram, _) = await OpenClientAsync("Renew Agency", "Bondi Boards");
        await instagram.ConnectAsync("bondisurfco", "Bondi Boards");
        await Expect(instagram.Notice).ToHaveTextAsync("@bondisurfco is connected to Bondi Boards.");

        await instagram.ConnectAsync("bondisurfco", "Bondi Boards");

        await Expect(instagram.Notice).ToHaveTextAsync("@bondisurfco was already connected; its access was renewed.");
        await Expect(instagram.Cards).ToHaveCountAsync(1);
        await Expect(instagram.CardStatus("bondisurfco", "Active")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_disconnected_account_keeps_its_card_and_comes_back_active_after_reconnecting()
    {
        var (page, instagram, _) = await OpenClientAsync("Disconnect Agency", "Brooklyn Wheels");
        await instagram.ConnectAsync("brooklynbikes", "Brooklyn Wheels");
        await Expect(instagram.CardStatus("brooklynbikes", "Active")).ToBeVisibleAsync();
        await Expect(instagram.ReconnectButton("brooklynbikes")).ToHaveCountAsync(0);

        await instagram.DisconnectAsync("brooklynbikes", "Brooklyn Wheels");

        await Expect(page.Locator("#toasts")).ToContainTextAsync("@brooklynbikes is disconnected. Its history stays.");
        await Expect(instagram.CardStatus("brooklynbikes", "Disconnected")).ToBeVisibleAsync();
        await Expect(instagram.CardStatus("brooklynbikes", "Active")).ToHaveCountAsync(0);
        await Expect(instagram.DisconnectLink("brooklynbikes")).ToHaveCountAsync(0);

        await instagram.ReconnectButton("brooklynbikes").ClickAsync();
        await instagram.AnswerConsentAsync("brooklynbikes", "Allow", "Brooklyn Wheels");

        await Expect(instagram.Notice).ToHaveTextAsync("@brooklynbikes is reconnected to Brooklyn Wheels.");
        await Expect(instagram.Cards).ToHaveCountAsync(1);
        await Expect(instagram.CardStatus("brooklynbikes", "Active")).ToBeVisibleAsync();
        await Expect(instagram.ReconnectButton("brooklynbikes")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_personal_account_is_refused_with_how_to_switch_it_to_a_professional_one()
    {
        var (_, instagram, _) = await OpenClientAsync("Personal Agency", "Maya Makes");

        await instagram.ConnectButton.ClickAsync();
        await instagram.AnswerConsentAsync("mayapersonal", "Allow", "Maya Makes");

        await Expect(instagram.Problem).ToHaveTextAsync(
            "@mayapersonal is a personal Instagram account. Switch it to a professional (Business or Creator) account in the Instagram app, then connect it again.");
        await Expect(instagram.EmptyState).ToBeVisibleAsync();
        await Expect(instagram.Cards).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_client_page_with_a_connected_account_and_the_overview_have_no_serious_accessibility_violations()
    {
        var (page, instagram, _) = await OpenClientAsync("Accessible Instagram Agency", "Harbour Roasters");
        await instagram.ConnectAsync("harbourcoffee", "Harbour Roasters");
        await Expect(instagram.CardStatus("harbourcoffee", "Active")).ToBeVisibleAsync();

        await Axe.AssertNoSeriousViolationsAsync(page);

        await instagram.OpenOverviewAsync();
        await Expect(instagram.OverviewRow("harbourcoffee")).ToHaveCountAsync(1);
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    private async Task<(IPage Page, InstagramPages Instagram, Guid ClientId)> OpenClientAsync(string agencyName, string clientName)
    {
        var owner = await server.CreateAgencyAsync(agencyName);
        var clientId = await server.CreateClientAsync(owner.AgencyId, clientName);
        context = await browser.NewSignedInContextAsync(server, owner);
        var page = await context.NewPageAsync();
        var instagram = new InstagramPages(page);
        await instagram.OpenClientAsync(clientId, clientName);
        return (page, instagram, clientId);
    }
}
