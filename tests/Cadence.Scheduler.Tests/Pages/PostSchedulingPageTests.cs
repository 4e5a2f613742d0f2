using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>/scheduler/ready and /scheduler/posts/{id}, signed in; the clock stands at Monday 23 November 2026 09:00 UTC, the client is in London.</summary>
public sealed class PostSchedulingPageTests(PagesAppFactory app) : IClassFixture<PagesAppFactory>
{
    private sealed record Tenant(TestMember Owner, Guid ClientId, Guid AccountId);

    private async Task<Tenant> CreateTenantAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var accountId = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "bluebottle" + Guid.NewGuid().ToString("N")[..6], true);
        return new Tenant(owner, clientId, accountId);
    }

    private Guid AddPost(Tenant tenant, string caption = "Fresh roast")
    {
        var postId = Guid.NewGuid();
        app.Posts.Set(new PublishablePost(postId, tenant.Owner.AgencyId, tenant.ClientId, PublishFormat.FeedImage, 1, true, [],
            [new PublishableAccount(tenant.AccountId, caption)], [], null, null, [], null, null, false, null, null, app.Clock.GetUtcNow().UtcDateTime.AddHours(48)));
        app.Cards[postId] = (tenant.Owner.AgencyId, new PostCard(postId, tenant.ClientId, PublishFormat.FeedImage, caption, null, true, "Approved", [tenant.AccountId], $"/composer/posts/{postId}"));
        return postId;
    }

    private static string Url(Guid postId, string? handler = null) => handler is null ? $"/scheduler/posts/{postId}" : $"/scheduler/posts/{postId}?handler={handler}";

    private static KeyValuePair<string, string>[] At(string date, string time, string? choice = null) =>
        choice is null ? [new("Input.Date", date), new("Input.Time", time)] : [new("Input.Date", date), new("Input.Time", time), new("Input.Choice", choice)];

    private Task<bool> IsBookedAsync(Guid postId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().ScheduledPosts.IgnoreQueryFilters().AnyAsync(p => p.PostId == postId));

    [Fact]
    public async Task Ready_lists_approved_unbooked_posts_with_a_schedule_link_and_drops_them_once_booked()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant, "Winter blend is back");
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        var page = await browser.GetDocumentAsync("/scheduler/ready");
        Assert.Contains("Winter blend is back", page.QuerySelector("#ready-posts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#ready-posts a[href='{Url(postId)}']"));

        using var booked = await browser.PostFormAsync(Url(postId), At("2026-12-01", "10:00"), Url(postId, "At"));
        var fragment = await browser.GetFragmentAsync("/scheduler/ready");
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Winter blend is back", fragment.QuerySelector("#ready-posts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No approved posts", fragment.QuerySelector("#ready-posts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_at_a_local_time_shows_the_booking_on_the_clients_clock()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await browser.PostFormAsync(Url(postId), At("2027-06-01", "10:00"), Url(postId, "At"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetDocumentAsync(Url(postId));
        Assert.Contains("Tuesday 1 June 2027, 10:00 AM UTC+1", page.QuerySelector("#booking-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_explained_next_to_the_time_field_as_a_fragment()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await browser.PostFormAsync(Url(postId), At("2027-03-28", "01:30"), Url(postId, "At"), htmx: true);

        var fragment = await HtmlForms.ParseAsync(response);
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("doesn't exist on Sunday 28 March 2027", fragment.QuerySelector("#schedule-time-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await IsBookedAsync(postId));
    }

    [Fact]
    public async Task A_time_that_happens_twice_asks_which_then_books_the_choice()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var asked = await browser.PostFormAsync(Url(postId), At("2027-10-31", "01:30"), Url(postId, "At"), htmx: true);
        var fragment = await HtmlForms.ParseAsync(asked);
        Assert.Contains("happens twice", fragment.QuerySelector("#schedule-time-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("First time (UTC+1)", fragment.QuerySelector("label[for=choice-Earlier]")!.TextContent);
        Assert.Equal("Second time (UTC+0)", fragment.QuerySelector("label[for=choice-Later]")!.TextContent);

        using var chosen = await browser.PostFormAsync(Url(postId), At("2027-10-31", "01:30", "Later"), Url(postId, "At"), htmx: true);
        var booked = await HtmlForms.ParseAsync(chosen);
        Assert.Contains("1:30 AM UTC+0", booked.QuerySelector("#booking-state")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("cadence:toast", chosen.Headers.GetValues("HX-Trigger").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_now_then_unschedule()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var now = await browser.PostFormAsync(Url(postId), [], Url(postId, "Now"), htmx: true);
        var booked = await HtmlForms.ParseAsync(now);
        Assert.Contains("publish now", booked.QuerySelector("#booking-state")!.TextContent, StringComparison.Ordinal);
        Assert.True(await IsBookedAsync(postId));

        using var unscheduled = await browser.PostFormAsync(Url(postId), [], Url(postId, "Unschedule"));
        Assert.Equal(HttpStatusCode.Redirect, unscheduled.StatusCode);
        Assert.False(await IsBookedAsync(postId));
        var page = await browser.GetDocumentAsync(Url(postId));
        Assert.Contains("<html", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Not scheduled yet", page.QuerySelector("#booking-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_the_post_but_may_not_schedule_it()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var viewer = await app.AddMemberAsync(tenant.Owner.AgencyId, AgencyRole.Viewer);
        var browser = app.CreateClientFor(viewer.UserId);

        var page = await browser.GetDocumentAsync(Url(postId));
        Assert.Null(page.QuerySelector("#schedule-time"));
        Assert.Contains("ask an editor", page.QuerySelector("#post-schedule")!.TextContent, StringComparison.Ordinal);
        using var response = await browser.PostFormAsync(Url(postId), [], Url(postId, "Now"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await IsBookedAsync(postId));
    }

    [Fact]
    public async Task Another_agencys_post_is_not_found()
    {
        var theirs = await CreateTenantAsync();
        var postId = AddPost(theirs);
        var mine = await CreateTenantAsync();
        var browser = app.CreateClientFor(mine.Owner.UserId);

        using var get = await browser.GetAsync(new Uri(Url(postId), UriKind.Relative));
        var token = HtmlForms.AntiforgeryToken(await browser.GetDocumentAsync("/scheduler/ready"));
        using var post = await browser.PostWithTokenAsync(Url(postId, "Now"), token, []);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await IsBookedAsync(postId));
    }

    [Fact]
    public async Task Add_to_queue_without_queue_times_says_why_in_the_summary()
    {
        var tenant = await CreateTenantAsync();
        var postId = AddPost(tenant);
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await browser.PostFormAsync(Url(postId), [], Url(postId, "Queue"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("has no queue times yet", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await IsBookedAsync(postId));
    }

    [Fact]
    public async Task Ready_filtered_by_another_agencys_client_is_not_found_and_by_own_client_shows_only_its_posts()
    {
        var theirs = await CreateTenantAsync();
        var mine = await CreateTenantAsync();
        var otherClientId = await app.CreateClientAsync(mine.Owner.AgencyId, "Acme Tea");
        AddPost(mine, "Only Blue Bottle");
        var browser = app.CreateClientFor(mine.Owner.UserId);

        using var foreign = await browser.GetAsync(new Uri($"/scheduler/ready?clientId={theirs.ClientId}", UriKind.Relative));
        var filtered = await browser.GetFragmentAsync($"/scheduler/ready?clientId={otherClientId}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Only Blue Bottle", filtered.QuerySelector("#ready-posts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No approved posts", filtered.QuerySelector("#ready-posts")!.TextContent, StringComparison.Ordinal);
    }
}
