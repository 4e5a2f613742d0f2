using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Scheduler.Tests.Pages.CalendarTestKit;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>The calendar only ever shows the member's agency and the clients they may see.</summary>
public sealed class CalendarAccessTests(CalendarAppFactory app) : IClassFixture<CalendarAppFactory>
{
    private const string Url = "/scheduler/calendar?view=List&date=2026-12-01";

    [Fact]
    public async Task Another_agencys_booking_is_not_shown_and_its_ids_answer_not_found()
    {
        var ours = await app.CreateTenantAsync();
        var theirs = await app.CreateTenantAsync();
        var mine = await app.BookAsync(ours, Utc(2026, 12, 2, 10));
        var foreign = await app.BookAsync(theirs, Utc(2026, 12, 2, 11));
        var owner = app.Owner(ours);

        var page = await owner.GetDocumentAsync(Url);
        using var move = await owner.PostFormAsync(Url, Move(foreign, "2026-12-09", "10:00"), "/scheduler/calendar?handler=Move");
        using var client = await owner.GetAsync(new Uri($"/scheduler/calendar?client={theirs.ClientId}", UriKind.Relative));

        Assert.NotNull(page.QuerySelector($"#entry-{mine:N}"));
        Assert.Null(page.QuerySelector($"#entry-{foreign:N}"));
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, client.StatusCode);
        Assert.Equal(Utc(2026, 12, 2, 11), (await app.BookingAsync(foreign)).DueAtUtc);
    }

    [Fact]
    public async Task A_restricted_member_sees_only_their_clients_bookings()
    {
        var tenant = await app.CreateTenantAsync();
        var hidden = await app.AddClientAsync(tenant, "Hidden", "Europe/London");
        var hiddenAccount = await app.AddLinkedAccountAsync(tenant.AgencyId, hidden, "hidden" + Guid.NewGuid().ToString("N")[..6]);
        var visible = await app.BookAsync(tenant, Utc(2026, 12, 2, 10));
        var secret = await app.BookAsync(tenant, Utc(2026, 12, 2, 11), clientId: hidden, accountId: hiddenAccount);
        var editor = app.CreateClientFor((await app.AddMemberAsync(tenant.AgencyId, AgencyRole.Editor, [tenant.ClientId])).UserId, tenant.AgencyId);

        var page = await editor.GetDocumentAsync(Url);
        using var move = await editor.PostFormAsync(Url, Move(secret, "2026-12-09", "10:00"), "/scheduler/calendar?handler=Move");

        Assert.NotNull(page.QuerySelector($"#entry-{visible:N}"));
        Assert.Null(page.QuerySelector($"#entry-{secret:N}"));
        Assert.DoesNotContain("Hidden", page.QuerySelector("#calendar-client")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
    }

    [Fact]
    public async Task The_calendar_is_the_schedulers_navigation_target()
    {
        var tenant = await app.CreateTenantAsync();

        var page = await app.Owner(tenant).GetDocumentAsync("/scheduler/calendar");

        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "Calendar" && a.GetAttribute("href")!.Equals("/Scheduler/Calendar", StringComparison.OrdinalIgnoreCase));
    }
}
