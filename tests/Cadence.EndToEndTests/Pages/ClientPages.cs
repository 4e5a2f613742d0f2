namespace Cadence.EndToEndTests.Pages;

/// <summary>The clients list, form and details pages.</summary>
public sealed class ClientPages(IPage page)
{
    public const string ListPath = "/Accounts/Clients";
    public const string CreatePath = "/Accounts/Clients/Create";

    public static string DetailsPath(Guid clientId) => $"/Accounts/Clients/Details/{clientId}";

    public ILocator NewClientLink => page.GetByRole(AriaRole.Link, new() { Name = "New client", Exact = true });

    /// <summary>A client's name in the list, which links to its details.</summary>
    public ILocator ClientLink(string name) =>
        page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task OpenListAsync()
    {
        await page.GotoAsync(ListPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clients", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Adds a client from the list's "New client" link and waits for its details page and the toast.</summary>
    public async Task CreateAsync(string name, string timeZone = "Europe/London")
    {
        await OpenListAsync();
        await NewClientLink.ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Time zone", new() { Exact = true }).SelectOptionAsync(timeZone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save client", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Client saved");
    }
}
