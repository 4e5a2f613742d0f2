namespace Cadence.EndToEndTests.Pages;

/// <summary>A post's review page: its status, problems, decisions, history, and the client links.</summary>
public sealed class ReviewPage(IPage page)
{
    public static string Path(Guid postId) => $"/composer/posts/{postId}/review";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Review post", Exact = true, Level = 1 });

    public ILocator Status => page.Locator("#post-status strong");

    public ILocator Comment => page.GetByRole(AriaRole.Textbox, new() { Name = "Comment", Exact = true });

    public ILocator SubmitButton => Button("Submit for review");

    public ILocator ApproveButton => Button("Approve");

    public ILocator RequestChangesButton => Button("Request changes");

    /// <summary>The refusal or problem message of the last decision.</summary>
    public ILocator Alert => page.GetByRole(AriaRole.Region, new() { Name = "Decision", Exact = true }).GetByRole(AriaRole.Alert);

    public ILocator Problems => page.Locator("#validation-problems");

    /// <summary>The post's preview region.</summary>
    public ILocator Preview => page.Locator("#post-preview");

    public ILocator HistoryRows => page.GetByRole(AriaRole.Region, new() { Name = "History", Exact = true }).GetByRole(AriaRole.Row);

    public ILocator Toasts => page.Locator("#toasts");

    public ILocator RecipientName => page.GetByLabel("Recipient name", new() { Exact = true });

    public ILocator CreateLinkButton => Button("Create client link");

    public ILocator CreatedLink(string recipient) => page.GetByRole(AriaRole.Textbox, new() { Name = $"Client link for {recipient}", Exact = true });

    public async Task OpenAsync(Guid postId)
    {
        await page.GotoAsync(Path(postId));
        await Expect(Heading).ToBeVisibleAsync();
    }

    public async Task SubmitAsync()
    {
        await SubmitButton.ClickAsync();
        await Expect(Toasts).ToContainTextAsync("Submitted for review");
        await Expect(Status).ToHaveTextAsync("In review");
    }

    /// <summary>Creates a link for <paramref name="recipient"/> and returns it from the read-only box it is shown in once.</summary>
    public async Task<string> CreateClientLinkAsync(string recipient)
    {
        await RecipientName.FillAsync(recipient);
        await CreateLinkButton.ClickAsync();
        var link = CreatedLink(recipient);
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAttributeAsync("readonly", string.Empty);
        return await link.InputValueAsync();
    }

    private ILocator Button(string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
