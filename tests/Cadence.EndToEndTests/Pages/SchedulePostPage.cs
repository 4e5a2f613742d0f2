namespace Cadence.EndToEndTests.Pages;

/// <summary>The Scheduler's page for one post: book it at a time or now, and each account's outcome with retry.</summary>
public sealed class SchedulePostPage(IPage page)
{
    public static string Path(Guid postId) => $"/scheduler/posts/{postId}";

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Schedule post", Exact = true, Level = 1 });

    public ILocator Date => page.GetByLabel("Date", new() { Exact = true });

    public ILocator Time => page.GetByLabel("Time", new() { Exact = true });

    public ILocator ScheduleButton => page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true });

    public ILocator PublishNowButton => page.GetByRole(AriaRole.Button, new() { Name = "Publish now", Exact = true });

    public ILocator BookingState => page.Locator("#booking-state");

    public ILocator Accounts => page.GetByRole(AriaRole.Region, new() { Name = "Accounts", Exact = true });

    public ILocator Outcome(string username) => Accounts.GetByRole(AriaRole.Article).Filter(new() { HasText = $"@{username}:" });

    public ILocator OutcomeState(string username) => Outcome(username).Locator(".outcome-state");

    public ILocator ViewOnInstagram(string username) => Outcome(username).GetByRole(AriaRole.Link, new() { Name = "View on Instagram" });

    public ILocator FixAndReschedule(string username) => Outcome(username).GetByRole(AriaRole.Link, new() { Name = "Fix and reschedule" });

    public ILocator RetryButton => Accounts.GetByRole(AriaRole.Button, new() { Name = "Retry failed accounts", Exact = true });

    public ILocator Toasts => page.Locator("#toasts");

    public async Task OpenAsync(Guid postId)
    {
        await page.GotoAsync(Path(postId));
        await Expect(Heading).ToBeVisibleAsync();
    }

    /// <summary>Books the post at a date and time on the client's clock.</summary>
    public async Task ScheduleAtAsync(string date, string time)
    {
        await Date.FillAsync(date);
        await Time.FillAsync(time);
        await ScheduleButton.ClickAsync();
    }
}
