using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Pages;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cadence.Scheduler.Tests.Pages.CalendarTestKit;

namespace Cadence.Scheduler.Tests.Checks;

/// <summary>
/// The calendar warns on entries whose checks failed, shows each account's quota use, and links to the grid preview;
/// the grid lays out the account's posts as the profile will. The clock stands at 23 November 2026 09:00 UTC.
/// </summary>
public sealed class CalendarChecksTests(CalendarAppFactory app) : IClassFixture<CalendarAppFactory>
{
    private const string ListUrl = "/scheduler/calendar?view=List&date=2026-11-23";

    [Fact]
    public async Task An_entry_whose_checks_failed_shows_a_warning_in_words_as_a_full_page_and_as_a_fragment()
    {
        var tenant = await app.CreateTenantAsync();
        var failing = await app.BookAsync(tenant, Utc(2026, 11, 23, 12), "Failing");
        var passing = await app.BookAsync(tenant, Utc(2026, 11, 23, 13), "Passing");
        await SetTargetAsync(failing, t => (t.CheckedAtUtc, t.CheckProblems) = (Utc(2026, 11, 23, 9), ["Instagram can't fetch beans.jpg (the image): the media server answered 404 Not Found."]));
        await SetTargetAsync(passing, t => t.CheckedAtUtc = Utc(2026, 11, 23, 9));
        var owner = app.Owner(tenant);

        var full = await owner.GetDocumentAsync(ListUrl);
        var fragment = await owner.GetFragmentAsync(ListUrl);

        foreach (var document in new[] { full, fragment })
        {
            var warning = document.QuerySelector($"#entry-{failing:N} .calendar-warning")!;
            Assert.Contains("Check failed", warning.TextContent, StringComparison.Ordinal);
            Assert.Contains("beans.jpg", warning.TextContent, StringComparison.Ordinal);
            Assert.Null(document.QuerySelector($"#entry-{passing:N} .calendar-warning"));
        }

        Assert.NotNull(full.QuerySelector("html"));
        Assert.Null(fragment.QuerySelector("h1"));
    }

    [Fact]
    public async Task A_published_entry_no_longer_shows_old_check_problems()
    {
        var tenant = await app.CreateTenantAsync();
        var published = await app.BookAsync(tenant, Utc(2026, 11, 23, 8), "Out already", TargetState.Published);
        await SetTargetAsync(published, t => t.CheckProblems = ["An old problem"]);

        var page = await app.Owner(tenant).GetDocumentAsync(ListUrl);

        Assert.NotNull(page.QuerySelector($"#entry-{published:N}"));
        Assert.Null(page.QuerySelector($"#entry-{published:N} .calendar-warning"));
    }

    [Fact]
    public async Task Each_account_in_view_shows_its_posts_published_in_the_last_24_hours()
    {
        var tenant = await app.CreateTenantAsync();
        foreach (var hoursAgo in new[] { 1, 5, 23 })
        {
            await PublishedAsync(tenant, hoursAgo);
        }

        await PublishedAsync(tenant, 25);
        await app.BookAsync(tenant, Utc(2026, 11, 23, 15));

        var page = await app.Owner(tenant).GetDocumentAsync(ListUrl);

        var quota = page.QuerySelector($"#quota-{tenant.AccountId:N}")!;
        Assert.Contains("@" + tenant.Username, quota.TextContent, StringComparison.Ordinal);
        Assert.Equal("3 of 100 posts in the last 24 h", quota.QuerySelector(".quota-text")!.TextContent);
        Assert.Equal($"/scheduler/grid?accountId={tenant.AccountId}", quota.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_grid_shows_upcoming_posts_last_to_go_out_first_then_published_ones_newest_first()
    {
        var tenant = await app.CreateTenantAsync();
        var tomorrow = await app.BookAsync(tenant, Utc(2026, 11, 24, 10), "Tomorrow");
        var nextWeek = await app.BookAsync(tenant, Utc(2026, 11, 30, 10), "Next week");
        var today = await app.BookAsync(tenant, Utc(2026, 11, 23, 15), "Today");
        var cancelled = await app.BookAsync(tenant, Utc(2026, 11, 25, 10), "Called off", TargetState.Cancelled);
        var lastWeek = await PublishedAsync(tenant, 24 * 7);
        var yesterday = await PublishedAsync(tenant, 20);

        var page = await app.Owner(tenant).GetDocumentAsync($"/scheduler/grid?accountId={tenant.AccountId}");

        var tiles = page.QuerySelectorAll(".instagram-grid > li").Select(li => Guid.Parse(li.GetAttribute("data-post-id")!)).ToList();
        Assert.Equal([nextWeek, tomorrow, today, yesterday, lastWeek], tiles);
        Assert.DoesNotContain(cancelled, tiles);
        Assert.Contains("Scheduled", page.QuerySelector(".instagram-grid > li.upcoming")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".instagram-grid img[src='https://cdn.example.test/{nextWeek:N}.jpg']"));
    }

    [Fact]
    public async Task The_grid_of_another_agencys_account_or_of_no_account_answers_not_found()
    {
        var ours = await app.CreateTenantAsync();
        var theirs = await app.CreateTenantAsync();
        var owner = app.Owner(ours);

        using var foreign = await owner.GetAsync(new Uri($"/scheduler/grid?accountId={theirs.AccountId}", UriKind.Relative));
        using var none = await owner.GetAsync(new Uri("/scheduler/grid", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task A_member_restricted_to_other_clients_gets_not_found_for_the_grid()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.AddClientAsync(tenant, "Elsewhere", "Europe/London");
        var editor = app.CreateClientFor((await app.AddMemberAsync(tenant.AgencyId, AgencyRole.Editor, [other])).UserId, tenant.AgencyId);

        using var response = await editor.GetAsync(new Uri($"/scheduler/grid?accountId={tenant.AccountId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_queue_links_each_account_to_its_grid_preview()
    {
        var tenant = await app.CreateTenantAsync();

        var page = await app.Owner(tenant).GetDocumentAsync($"/scheduler/queue?accountId={tenant.AccountId}");

        Assert.NotNull(page.QuerySelector($"a[href='/scheduler/grid?accountId={tenant.AccountId}']"));
    }

    private async Task<Guid> PublishedAsync(Tenant tenant, int hoursAgo)
    {
        var at = app.Clock.GetUtcNow().UtcDateTime.AddHours(-hoursAgo);
        var postId = await app.BookAsync(tenant, at, $"Published {hoursAgo} h ago", TargetState.Published);
        await SetTargetAsync(postId, t => t.PublishedAtUtc = at);
        return postId;
    }

    private Task SetTargetAsync(Guid postId, Action<PublishTarget> change) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var booking = await db.ScheduledPosts.IgnoreQueryFilters().SingleAsync(p => p.PostId == postId);
            change(await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.ScheduledPostId == booking.Id));
            await db.SaveChangesAsync();
        });
}
