namespace Cadence.EndToEndTests.Pages;

/// <summary>
/// The Instagram section of a client's page, the sandbox's consent page it sends people to, the disconnect
/// confirmation and the accounts overview.
/// </summary>
public sealed class InstagramPages(IPage page)
{
    public const string OverviewPath = "/Accounts/Instagram";

    public ILocator Section => page.GetByRole(AriaRole.Region, new() { Name = "Instagram accounts", Exact = true });

    public ILocator ConnectButton => Section.GetByRole(AriaRole.Button, new() { Name = "Connect Instagram account", Exact = true });

    /// <summary>The success notice of the last trip to the consent page (the layout's toast region is also a status).</summary>
    public ILocator Notice => Section.GetByRole(AriaRole.Status);

    public ILocator Problem => Section.GetByRole(AriaRole.Alert);

    public ILocator EmptyState => Section.GetByText("No Instagram account is connected to");

    public ILocator Cards => Section.GetByRole(AriaRole.Article);

    public ILocator Card(string username) => Section.GetByRole(AriaRole.Article, new() { Name = $"@{username}", Exact = true });

    public ILocator CardStatus(string username, string status) => Card(username).GetByText(status, new() { Exact = true });

    public ILocator ReconnectButton(string username) =>
        Card(username).GetByRole(AriaRole.Button, new() { Name = $"Reconnect @{username}", Exact = true });

    public ILocator DisconnectLink(string username) =>
        Card(username).GetByRole(AriaRole.Link, new() { Name = $"Disconnect @{username}", Exact = true });

    public ILocator OverviewRow(string username) => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { HasText = $"@{username}" });

    public async Task OpenClientAsync(Guid clientId, string clientName)
    {
        await page.GotoAsync(ClientPages.DetailsPath(clientId));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = clientName, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    public async Task OpenOverviewAsync()
    {
        await page.GotoAsync(OverviewPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Instagram accounts", Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Connects <paramref name="username"/> from the client page: consent page, pick the account, Allow, and back.</summary>
    public async Task ConnectAsync(string username, string clientName)
    {
        await ConnectButton.ClickAsync();
        await AnswerConsentAsync(username, "Allow", clientName);
    }

    /// <summary>On the sandbox's consent page: picks <paramref name="username"/>, presses <paramref name="decision"/>, waits for the client page.</summary>
    public async Task AnswerConsentAsync(string username, string decision, string clientName)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in with Instagram", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = username }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = decision, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = clientName, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>From the card's Disconnect link, through the confirmation page, back to the client page.</summary>
    public async Task DisconnectAsync(string username, string clientName)
    {
        await DisconnectLink(username).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Disconnect @{username}?", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Disconnect @{username}", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = clientName, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }
}
