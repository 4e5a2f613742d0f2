using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Domain;
using Cadence.Testing;
using static Cadence.Scheduler.Tests.Pages.QueuePageKit;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>The queue page of one account; its client is in New York, where the clock stands at Monday 23 November 2026 04:00.</summary>
public sealed class QueuePageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Adding_a_slot_for_several_days_stores_one_slot_per_day_and_lists_them()
    {
        var tenant = await app.CreateQueueTenantAsync();
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await http.PostFormAsync(tenant.Url, [new("Input.Days", "Monday"), new("Input.Days", "Wednesday"), new("Input.Time", "09:00")], tenant.Handler("AddSlot"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slots = await app.SlotsAsync(tenant.AccountId);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], slots.Select(s => s.Day).Order());
        Assert.All(slots, s => Assert.Equal(9 * 60, s.MinuteOfDay));
        var page = await http.GetDocumentAsync(tenant.Url);
        Assert.NotNull(page.QuerySelector("button[aria-label='Remove Monday 09:00']"));
        Assert.NotNull(page.QuerySelector("button[aria-label='Remove Wednesday 09:00']"));
    }

    [Fact]
    public async Task A_duplicate_slot_is_refused_next_to_the_time_field()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Monday, 9);
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await http.PostFormAsync(tenant.Url, [new("Input.Days", "Monday"), new("Input.Days", "Tuesday"), new("Input.Time", "09:00")], tenant.Handler("AddSlot"), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Contains("already has a slot at 09:00 on Monday", fragment.QuerySelector("[data-valmsg-for='Input.Time']")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await app.SlotsAsync(tenant.AccountId));
    }

    [Theory]
    [InlineData("", "Monday", "Input.Time", "Enter a time")]
    [InlineData("25:99", "Monday", "Input.Time", "isn't a time")]
    [InlineData("10:00", null, "Input.Days", "Choose at least one day")]
    public async Task Bad_slot_input_is_refused_with_a_message(string time, string? day, string field, string message)
    {
        var tenant = await app.CreateQueueTenantAsync();
        using var http = app.CreateClientFor(tenant.Owner.UserId);
        var fields = new List<KeyValuePair<string, string>> { new("Input.Time", time) };
        if (day is not null)
        {
            fields.Add(new("Input.Days", day));
        }

        using var response = await http.PostFormAsync(tenant.Url, fields, tenant.Handler("AddSlot"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("html"));
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.SlotsAsync(tenant.AccountId));
    }

    [Fact]
    public async Task Removing_a_slot_deletes_it_and_answers_the_fragment_with_a_toast()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Monday, 9);
        await app.AddSlotAsync(tenant, DayOfWeek.Friday, 12, 30);
        var slot = (await app.SlotsAsync(tenant.AccountId)).Single(s => s.Day == DayOfWeek.Monday);
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await http.PostFormAsync(tenant.Url, [], $"{tenant.Handler("RemoveSlot")}&slotId={slot.Id}", htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Removed Monday 09:00", string.Join("", response.Headers.GetValues("HX-Trigger")), StringComparison.Ordinal);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Null(fragment.QuerySelector("button[aria-label='Remove Monday 09:00']"));
        Assert.NotNull(fragment.QuerySelector("button[aria-label='Remove Friday 12:30']"));
        Assert.Equal(DayOfWeek.Friday, Assert.Single(await app.SlotsAsync(tenant.AccountId)).Day);
    }

    [Fact]
    public async Task Pause_and_resume_switch_the_queue()
    {
        var tenant = await app.CreateQueueTenantAsync();
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var paused = await http.PostFormAsync(tenant.Url, [], tenant.Handler("Pause"), htmx: true);
        var fragment = await HtmlForms.ParseAsync(paused);
        Assert.True(await app.IsPausedAsync(tenant.AccountId));
        Assert.Contains(fragment.QuerySelectorAll("button"), b => b.TextContent == "Resume queue");

        using var resumed = await http.PostFormAsync(tenant.Url, [], tenant.Handler("Resume"));
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.False(await app.IsPausedAsync(tenant.AccountId));
        var page = await http.GetDocumentAsync(tenant.Url);
        Assert.Contains(page.QuerySelectorAll("button"), b => b.TextContent == "Pause queue");
    }

    [Fact]
    public async Task A_slot_change_reflows_queued_posts_onto_the_new_times_in_the_clients_zone()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Friday, 9);
        var first = await app.QueuePostAsync(tenant, Utc(2026, 11, 27, 14), TargetState.Prepared);
        var second = await app.QueuePostAsync(tenant, Utc(2026, 12, 4, 14));
        var publishing = await app.QueuePostAsync(tenant, Utc(2026, 12, 11, 14), TargetState.PublishAttempted);
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await http.PostFormAsync(tenant.Url, [new("Input.Days", "Tuesday"), new("Input.Time", "10:00")], tenant.Handler("AddSlot"), htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Tuesday 10:00 in New York (EST, UTC−5) is 15:00 UTC.
        var moved = await app.BookingAsync(first);
        Assert.Equal(Utc(2026, 11, 24, 15), moved.DueAtUtc);
        var target = Assert.Single(moved.Targets);
        Assert.Equal((TargetState.Scheduled, Utc(2026, 11, 24, 15), Utc(2026, 11, 24, 15), (string?)null),
            (target.State, target.DueAtUtc, target.NextAttemptAtUtc, target.ContainerId));
        Assert.Equal(Utc(2026, 11, 27, 14), (await app.BookingAsync(second)).DueAtUtc);
        Assert.Equal(Utc(2026, 12, 11, 14), (await app.BookingAsync(publishing)).DueAtUtc);
        Assert.Contains("10:00 AM", (await HtmlForms.ParseAsync(response)).QuerySelector(".queued-posts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_post_down_swaps_it_with_the_next_one()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Tuesday, 10);
        var first = await app.QueuePostAsync(tenant, Utc(2026, 11, 24, 15));
        var second = await app.QueuePostAsync(tenant, Utc(2026, 12, 1, 15));
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await http.PostFormAsync(tenant.Url, [new("direction", "down")], $"{tenant.Handler("Move")}&scheduledPostId={first}", htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Utc(2026, 12, 1, 15), (await app.BookingAsync(first)).DueAtUtc);
        Assert.Equal(Utc(2026, 11, 24, 15), (await app.BookingAsync(second)).DueAtUtc);
        Assert.Equal(Utc(2026, 12, 1, 15), Assert.Single((await app.BookingAsync(first)).Targets).DueAtUtc);
        var order = (await HtmlForms.ParseAsync(response)).QuerySelectorAll(".queued-posts li").Select(li => li.GetAttribute("data-scheduled-post")).ToList();
        Assert.Equal([second.ToString(), first.ToString()], order);
    }

    [Fact]
    public async Task The_page_is_a_fragment_for_htmx_and_a_full_page_otherwise()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Monday, 9);
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        var fragment = await http.GetFragmentAsync(tenant.Url);
        var page = await http.GetDocumentAsync("/scheduler/queue");

        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.NotNull(fragment.QuerySelector("#queue"));
        Assert.Null(fragment.QuerySelector("#accountId"));
        Assert.NotNull(page.QuerySelector("head > title"));
        Assert.NotNull(page.QuerySelector("#accountId option[value='" + tenant.AccountId + "']"));
        Assert.NotNull(page.QuerySelector("button[aria-label='Remove Monday 09:00']"));
    }

    [Fact]
    public async Task A_viewer_sees_the_queue_but_may_not_change_it()
    {
        var tenant = await app.CreateQueueTenantAsync();
        var viewer = await app.AddMemberAsync(tenant.Owner.AgencyId, AgencyRole.Viewer);
        using var http = app.CreateClientFor(viewer.UserId);

        var page = await http.GetDocumentAsync(tenant.Url);
        using var response = await http.PostFormAsync(tenant.Url, [new("Input.Days", "Monday"), new("Input.Time", "09:00")], tenant.Handler("AddSlot"));

        Assert.Null(page.QuerySelector("#add-slot"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.SlotsAsync(tenant.AccountId));
    }

    [Fact]
    public async Task Another_agencys_account_is_not_found()
    {
        var tenant = await app.CreateQueueTenantAsync();
        var stranger = await app.CreateAgencyAsync("Contoso Social");
        using var http = app.CreateClientFor(stranger.UserId);

        using var get = await http.GetAsync(new Uri(tenant.Url, UriKind.Relative));
        using var post = await http.PostFormAsync("/scheduler/queue", [new("Input.Days", "Monday"), new("Input.Time", "09:00")], tenant.Handler("AddSlot"));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await app.SlotsAsync(tenant.AccountId));
    }

    [Fact]
    public async Task A_restricted_member_sees_only_their_clients_accounts()
    {
        var tenant = await app.CreateQueueTenantAsync();
        var otherClient = await app.CreateClientAsync(tenant.Owner.AgencyId, "Acme Roasters", "Europe/London");
        var otherAccount = await app.AddLinkedAccountAsync(tenant.Owner.AgencyId, otherClient, "acmeroasters");
        var editor = await app.AddMemberAsync(tenant.Owner.AgencyId, AgencyRole.Editor, onlyClients: [tenant.ClientId]);
        using var http = app.CreateClientFor(editor.UserId);

        var page = await http.GetDocumentAsync("/scheduler/queue");
        using var other = await http.GetAsync(new Uri($"/scheduler/queue?accountId={otherAccount}", UriKind.Relative));

        Assert.Equal([tenant.AccountId.ToString()], page.QuerySelectorAll("#accountId option").Select(o => o.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
