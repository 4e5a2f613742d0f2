using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Cadence.Scheduler.Tests.Pages.QueuePageKit;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>Pausing an account's queue holds what is queued; resuming puts it on the next free slots. Own factory: it moves the clock.</summary>
public sealed class QueuePauseTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task A_paused_queue_holds_its_posts_past_their_times_and_resuming_places_them_on_the_next_free_slots()
    {
        var tenant = await app.CreateQueueTenantAsync();
        await app.AddSlotAsync(tenant, DayOfWeek.Monday, 10);
        await app.AddSlotAsync(tenant, DayOfWeek.Wednesday, 10);
        // 10:00 in New York (EST, UTC−5) is 15:00 UTC.
        var monday = await app.QueuePostAsync(tenant, Utc(2026, 11, 23, 15));
        var wednesday = await app.QueuePostAsync(tenant, Utc(2026, 11, 25, 15), TargetState.Prepared);
        using var http = app.CreateClientFor(tenant.Owner.UserId);

        using (await http.PostFormAsync(tenant.Url, [], tenant.Handler("Pause"), htmx: true))
        {
        }

        foreach (var id in new[] { monday, wednesday })
        {
            var held = Assert.Single((await app.BookingAsync(id)).Targets);
            Assert.Equal((TargetState.Held, SchedulingMessages.QueuePaused, (string?)null), (held.State, held.Problem, held.ContainerId));
        }

        var page = await http.GetDocumentAsync(tenant.Url);
        Assert.Equal(2, page.QuerySelectorAll(".queued-posts small").Count(s => s.TextContent == "Held while the queue is paused."));

        app.Clock.SetUtcNow(new DateTimeOffset(Utc(2026, 11, 24, 12)));
        var missed = await app.WithScopeAsync(s => s.GetRequiredService<MarkMissedTargets>().RunAsync(CancellationToken.None));
        Assert.Equal(0, missed);

        using (await http.PostFormAsync(tenant.Url, [], tenant.Handler("Resume"), htmx: true))
        {
        }

        var first = await app.BookingAsync(monday);
        var second = await app.BookingAsync(wednesday);
        Assert.Equal((Utc(2026, 11, 25, 15), TargetState.Scheduled), (first.DueAtUtc, Assert.Single(first.Targets).State));
        Assert.Equal((Utc(2026, 11, 30, 15), TargetState.Scheduled), (second.DueAtUtc, Assert.Single(second.Targets).State));
        Assert.Null(Assert.Single(second.Targets).Problem);
    }
}
