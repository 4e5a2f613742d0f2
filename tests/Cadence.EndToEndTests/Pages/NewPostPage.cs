namespace Cadence.EndToEndTests.Pages;

/// <summary>The posts list's "New post" link and the form behind it: client, accounts and format.</summary>
public sealed class NewPostPage(IPage page)
{
    public const string PostsPath = "/composer/posts";

    public ILocator Client => page.GetByLabel("Client", new() { Exact = true });

    public ILocator Accounts => page.GetByRole(AriaRole.Group, new() { Name = "Instagram accounts", Exact = true });

    public ILocator Account(string username) => Accounts.GetByRole(AriaRole.Checkbox, new() { Name = $"@{username}", Exact = true });

    public ILocator Format(string format) => page.GetByRole(AriaRole.Radio, new() { Name = format, Exact = true });

    /// <summary>From the posts list to a new draft's editor: picks the client, its only account, the format, and creates the draft.</summary>
    public async Task CreateAsync(string clientName, string username, string format)
    {
        await page.GotoAsync(PostsPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Posts", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New post", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New post", Exact = true, Level = 1 })).ToBeVisibleAsync();

        await Client.SelectOptionAsync(new SelectOptionValue { Label = clientName });
        await Account(username).CheckAsync();
        await Format(format).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{format} for {clientName}", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#toasts")).ToContainTextAsync("Draft created");
    }
}
