namespace Cadence.EndToEndTests.Pages;

/// <summary>The page a client opens from an approval link, without signing in: one article per post with its decision.</summary>
public sealed class ClientApprovalPage(IPage page)
{
    public ILocator Toasts => page.Locator("#toasts");

    public ILocator Post(int position, int total, string format) =>
        page.GetByRole(AriaRole.Article, new() { Name = $"Post {position} of {total}: {format}", Exact = true });

    public static ILocator Status(ILocator post) => post.GetByText("Status:");

    public static ILocator Comment(ILocator post) => post.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true });

    public static ILocator Approve(ILocator post) => post.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true });

    public static ILocator RequestChanges(ILocator post) => post.GetByRole(AriaRole.Button, new() { Name = "Request changes", Exact = true });

    public async Task OpenAsync(string link, string clientName)
    {
        var response = await page.GotoAsync(link);
        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Posts for {clientName}", Exact = true, Level = 1 })).ToBeVisibleAsync();
    }
}
