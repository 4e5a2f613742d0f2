namespace Cadence.EndToEndTests.Pages;

/// <summary>The development mailbox: the list of mail Cadence would have sent, and one message opened.</summary>
public sealed class MailboxPage(IPage page)
{
    public const string Path = "/Dev/Mailbox";

    /// <summary>Opens the newest message to <paramref name="to"/> with <paramref name="subject"/> by clicking its subject.</summary>
    public async Task OpenAsync(string to, string subject)
    {
        await page.GotoAsync(Path);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = to });
        await row.GetByRole(AriaRole.Link, new() { Name = subject, Exact = true }).First.ClickAsync();
        await Expect(Message.GetByRole(AriaRole.Heading, new() { Name = subject, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>The opened message.</summary>
    public ILocator Message => page.GetByRole(AriaRole.Article);

    public ILocator Link(string text) => Message.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });
}
