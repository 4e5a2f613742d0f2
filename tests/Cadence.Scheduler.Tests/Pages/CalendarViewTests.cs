using AngleSharp.Html.Dom;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;
using Cadence.Testing;
using static Cadence.Scheduler.Tests.Pages.CalendarTestKit;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>The calendar's month, week and list views on each client's own days; the clock stands at 23 November 2026 09:00 UTC.</summary>
public sealed class CalendarViewTests(CalendarAppFactory app) : IClassFixture<CalendarAppFactory>
{
    [Fact]
    public async Task The_month_puts_a_post_just_before_midnight_in_new_york_on_its_local_day()
    {
        var tenant = await app.CreateTenantAsync("America/New_York");
        var lateNight = await app.BookAsync(tenant, Utc(2026, 12, 2, 4, 30), "Late night drop");
        var morning = await app.BookAsync(tenant, Utc(2026, 12, 15, 14), "Morning pour");

        var page = await app.Owner(tenant).GetDocumentAsync($"/scheduler/calendar?client={tenant.ClientId}&date=2026-12-10");

        Assert.Equal("December 2026", page.QuerySelector("#calendar-title")!.TextContent);
        Assert.Equal(35, page.QuerySelectorAll("td[data-date]").Length);
        Assert.Equal("2026-11-30", page.QuerySelector("td[data-date]")!.GetAttribute("data-date"));
        var entry = EntryIn(page, "2026-12-01", lateNight);
        Assert.Contains("11:30 PM UTC\u22125", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("@" + tenant.Username, entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scheduled", entry.QuerySelector(".calendar-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/scheduler/posts/{lateNight}", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(entry.QuerySelector($"a[href='/composer/posts/{lateNight}/edit']"));
        Assert.NotNull(entry.QuerySelector($"img[src='https://cdn.example.test/{lateNight:N}.jpg']"));
        Assert.Null(page.QuerySelector($"td[data-date='2026-12-02'] #entry-{lateNight:N}"));
        Assert.NotNull(EntryIn(page, "2026-12-15", morning));
    }

    [Fact]
    public async Task All_clients_places_each_post_on_its_own_clients_day_with_its_offset()
    {
        var tenant = await app.CreateTenantAsync("Europe/London");
        var tokyo = await app.AddClientAsync(tenant, "Kissa", "Asia/Tokyo");
        var tokyoAccount = await app.AddLinkedAccountAsync(tenant.AgencyId, tokyo, "kissa" + Guid.NewGuid().ToString("N")[..6]);
        var london = await app.BookAsync(tenant, Utc(2026, 12, 3, 23, 30), "London late");
        var japan = await app.BookAsync(tenant, Utc(2026, 12, 3, 23, 30), "Tokyo morning", clientId: tokyo, accountId: tokyoAccount);

        var page = await app.Owner(tenant).GetDocumentAsync("/scheduler/calendar?date=2026-12-01");

        Assert.Contains("11:30 PM UTC+0", EntryIn(page, "2026-12-03", london).TextContent, StringComparison.Ordinal);
        var tokyoEntry = EntryIn(page, "2026-12-04", japan);
        Assert.Contains("8:30 AM UTC+9", tokyoEntry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kissa", tokyoEntry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_week_shows_seven_days_from_monday_and_only_that_weeks_posts()
    {
        var tenant = await app.CreateTenantAsync("America/New_York");
        var lateNight = await app.BookAsync(tenant, Utc(2026, 12, 2, 4, 30), "Late night drop");
        var nextWeek = await app.BookAsync(tenant, Utc(2026, 12, 8, 15), "Next week");

        var page = await app.Owner(tenant).GetDocumentAsync($"/scheduler/calendar?view=Week&client={tenant.ClientId}&date=2026-12-03");

        var days = page.QuerySelectorAll("td[data-date]").Select(d => d.GetAttribute("data-date")).ToList();
        Assert.Equal(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"], days);
        Assert.NotNull(EntryIn(page, "2026-12-01", lateNight));
        Assert.Null(page.QuerySelector($"#entry-{nextWeek:N}"));
        Assert.Equal($"/Scheduler/Calendar?view=Week&date=2026-12-10&client={tenant.ClientId}", page.QuerySelector("a[href*='2026-12-10']")!.GetAttribute("href"), ignoreCase: true);
    }

    [Fact]
    public async Task The_list_is_chronological_under_each_local_day()
    {
        var tenant = await app.CreateTenantAsync("America/New_York");
        var later = await app.BookAsync(tenant, Utc(2026, 12, 20, 15), "Later");
        var lateNight = await app.BookAsync(tenant, Utc(2026, 12, 2, 4, 30), "Late night drop");

        var page = await app.Owner(tenant).GetDocumentAsync($"/scheduler/calendar?view=List&client={tenant.ClientId}&date=2026-12-01");

        Assert.Equal(["Tuesday 1 December 2026", "Sunday 20 December 2026"], page.QuerySelectorAll(".calendar-list h3").Select(h => h.TextContent).ToList());
        Assert.Equal([$"entry-{lateNight:N}", $"entry-{later:N}"], page.QuerySelectorAll(".calendar-list .calendar-entry").Select(e => e.Id).ToList());
        Assert.Empty(page.QuerySelectorAll("td[data-date]"));
    }

    [Fact]
    public async Task Filters_narrow_by_status_account_format_and_client()
    {
        var tenant = await app.CreateTenantAsync();
        var otherAccount = await app.AddLinkedAccountAsync(tenant.AgencyId, tenant.ClientId, "second" + Guid.NewGuid().ToString("N")[..6]);
        var otherClient = await app.AddClientAsync(tenant, "Other", "Europe/Paris");
        var otherClientAccount = await app.AddLinkedAccountAsync(tenant.AgencyId, otherClient, "paris" + Guid.NewGuid().ToString("N")[..6]);
        var failed = await app.BookAsync(tenant, Utc(2026, 12, 4, 10), "Failed one", TargetState.Failed);
        var reel = await app.BookAsync(tenant, Utc(2026, 12, 5, 10), "Reel", format: PublishFormat.Reel, accountId: otherAccount);
        var paris = await app.BookAsync(tenant, Utc(2026, 12, 6, 10), "Paris", clientId: otherClient, accountId: otherClientAccount);
        var owner = app.Owner(tenant);

        Assert.Equal([failed], await ShownAsync(owner, "status=Failed"));
        Assert.Equal([reel], await ShownAsync(owner, "format=Reel"));
        Assert.Equal([reel], await ShownAsync(owner, $"account={otherAccount}"));
        Assert.Equal([paris], await ShownAsync(owner, $"client={otherClient}"));
        Assert.Equal([failed, reel, paris], await ShownAsync(owner, ""));
        var filtered = await owner.GetDocumentAsync("/scheduler/calendar?date=2026-12-01&status=Published");
        Assert.Contains("Nothing scheduled in this period matches these filters.", filtered.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_calendar_says_to_schedule_from_ready_to_schedule()
    {
        var tenant = await app.CreateTenantAsync();

        var page = await app.Owner(tenant).GetDocumentAsync("/scheduler/calendar");

        var empty = page.QuerySelector(".empty-state")!;
        Assert.Contains("Schedule an approved post from Ready to schedule", empty.TextContent, StringComparison.Ordinal);
        Assert.NotNull(empty.QuerySelector("a[href='/scheduler/ready']"));
        Assert.Equal("November 2026", page.QuerySelector("#calendar-title")!.TextContent);
    }

    [Fact]
    public async Task An_htmx_request_gets_the_calendar_fragment_and_a_plain_one_the_whole_page()
    {
        var tenant = await app.CreateTenantAsync();
        var post = await app.BookAsync(tenant, Utc(2026, 12, 4, 10));
        var url = "/scheduler/calendar?view=Week&date=2026-12-04";
        var owner = app.Owner(tenant);

        var fragment = await owner.GetFragmentAsync(url);
        var page = await owner.GetDocumentAsync(url);

        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(fragment.QuerySelector($"section#calendar #entry-{post:N}"));
        Assert.Contains("<html", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector($"section#calendar #entry-{post:N}"));
        Assert.NotNull(page.QuerySelector("script[src*='/js/calendar.js']"));
    }

    private static async Task<List<Guid>> ShownAsync(HttpClient client, string query)
    {
        var page = await client.GetDocumentAsync("/scheduler/calendar?view=List&date=2026-12-01&" + query);
        return page.QuerySelectorAll(".calendar-entry").Select(e => Guid.ParseExact(e.Id!["entry-".Length..], "N")).ToList();
    }

    private static AngleSharp.Dom.IElement EntryIn(IHtmlDocument page, string day, Guid postId) =>
        page.QuerySelector($"td[data-date='{day}'] #entry-{postId:N}") ?? throw new Xunit.Sdk.XunitException($"Post {postId} is not on {day}.");
}
