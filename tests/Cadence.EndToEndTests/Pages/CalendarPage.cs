namespace Cadence.EndToEndTests.Pages;

/// <summary>The Scheduler's calendar: a month grid of days, each post an entry that can be dragged or moved by its form.</summary>
public sealed class CalendarPage(IPage page)
{
    public const string Path = "/scheduler/calendar";

    public ILocator Calendar => page.GetByRole(AriaRole.Region, new() { Name = "Calendar", Exact = true });

    public ILocator Status => Calendar.GetByRole(AriaRole.Status);

    /// <summary>A day of the grid, named as the client's clock reads it, e.g. "Tuesday 24 November 2026".</summary>
    public ILocator Day(string name) => Calendar.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true });

    /// <summary>A post's entry, found by the link to the post (its caption).</summary>
    public ILocator Entry(string caption) => EntryIn(Calendar, caption);

    /// <summary>The post's entry on one day of the grid.</summary>
    public ILocator EntryOn(string day, string caption) => EntryIn(Day(day), caption);

    private ILocator EntryIn(ILocator scope, string caption) =>
        scope.Locator(".calendar-entry").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = caption, Exact = true }) });

    public async Task OpenAsync()
    {
        await page.GotoAsync(Path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendar", Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>The keyboard way: the entry's Move form with a new date and time.</summary>
    public async Task MoveWithFormAsync(string caption, string date, string time)
    {
        var entry = Entry(caption);
        await entry.Locator("summary", new() { HasText = "Move" }).ClickAsync();
        await entry.GetByLabel("New date for", new() { Exact = false }).FillAsync(date);
        await entry.GetByLabel("New time for", new() { Exact = false }).FillAsync(time);
        await entry.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
    }
}
