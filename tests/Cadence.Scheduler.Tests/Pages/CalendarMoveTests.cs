using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Scheduler.Tests.Pages.CalendarTestKit;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>Moving a booking from the calendar: the keyboard form and the drop both post the Move handler.</summary>
public sealed class CalendarMoveTests(CalendarAppFactory app) : IClassFixture<CalendarAppFactory>
{
    private const string Url = "/scheduler/calendar?view=Month&date=2026-12-01";
    private const string MoveUrl = "/scheduler/calendar?handler=Move&view=Month&date=2026-12-01";

    [Fact]
    public async Task The_move_form_books_the_new_local_time_and_returns_to_the_calendar()
    {
        var tenant = await app.CreateTenantAsync("America/New_York");
        var post = await app.BookAsync(tenant, Utc(2026, 12, 2, 4, 30));
        var owner = app.Owner(tenant);
        var page = await owner.GetDocumentAsync(Url);
        var id = post.ToString("N");
        Assert.Equal("2026-12-01", page.QuerySelector($"#move-date-{id}")!.GetAttribute("value"));
        Assert.Equal("23:30", page.QuerySelector($"#move-time-{id}")!.GetAttribute("value"));
        Assert.StartsWith("New date for “Fresh roast”", page.QuerySelector($"label[for='move-date-{id}']")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("New time for “Fresh roast”", page.QuerySelector($"label[for='move-time-{id}']")!.TextContent, StringComparison.Ordinal);

        using var response = await owner.PostFormAsync(Url, Move(post, "2026-12-10", "09:15"), MoveUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("date=2026-12-01", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var booking = await app.BookingAsync(post);
        Assert.Equal(Utc(2026, 12, 10, 14, 15), booking.DueAtUtc);
        Assert.Equal(Utc(2026, 12, 10, 14, 15), Assert.Single(booking.Targets).DueAtUtc);
    }

    [Fact]
    public async Task A_dropped_entry_answers_with_the_refreshed_calendar_fragment()
    {
        var tenant = await app.CreateTenantAsync();
        var post = await app.BookAsync(tenant, Utc(2026, 12, 2, 10));
        var owner = app.Owner(tenant);
        var token = HtmlForms.AntiforgeryToken(await owner.GetDocumentAsync(Url));

        using var response = await owner.PostWithTokenAsync(MoveUrl, token, Move(post, "2026-12-09", "10:00"), htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(fragment.QuerySelector($"td[data-date='2026-12-09'] #entry-{post:N}"));
        Assert.Contains("Moved to Wednesday 9 December 2026", fragment.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Utc(2026, 12, 9, 10), (await app.BookingAsync(post)).DueAtUtc);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_explained_next_to_the_time_and_nothing_moves()
    {
        var tenant = await app.CreateTenantAsync();
        var post = await app.BookAsync(tenant, Utc(2027, 3, 20, 10));
        var owner = app.Owner(tenant);
        const string march = "/scheduler/calendar?view=Month&date=2027-03-01";

        using var response = await owner.PostFormAsync(march, Move(post, "2027-03-28", "01:30"), "/scheduler/calendar?handler=Move&view=Month&date=2027-03-01", htmx: true);

        var fragment = await HtmlForms.ParseAsync(response);
        var id = post.ToString("N");
        var error = fragment.QuerySelector($"#move-time-error-{id}")!;
        Assert.Contains("doesn't exist on Sunday 28 March 2027", error.TextContent, StringComparison.Ordinal);
        Assert.Equal($"move-time-error-{id}", fragment.QuerySelector($"#move-time-{id}")!.GetAttribute("aria-describedby"));
        Assert.Equal("2027-03-28", fragment.QuerySelector($"#move-date-{id}")!.GetAttribute("value"));
        Assert.Equal(Utc(2027, 3, 20, 10), (await app.BookingAsync(post)).DueAtUtc);
    }

    [Fact]
    public async Task A_viewer_sees_no_move_form_and_is_refused_the_move()
    {
        var tenant = await app.CreateTenantAsync();
        var post = await app.BookAsync(tenant, Utc(2026, 12, 2, 10));
        var viewer = await app.MemberAsync(tenant, AgencyRole.Viewer);

        var page = await viewer.GetDocumentAsync(Url);
        using var response = await viewer.PostWithTokenAsync(MoveUrl, HtmlForms.AntiforgeryToken(page), Move(post, "2026-12-09", "10:00"));

        Assert.NotNull(page.QuerySelector($"#entry-{post:N}"));
        Assert.Null(page.QuerySelector($"#move-date-{post:N}"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Utc(2026, 12, 2, 10), (await app.BookingAsync(post)).DueAtUtc);
    }
}
