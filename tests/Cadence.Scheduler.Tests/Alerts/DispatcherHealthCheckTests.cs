using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Scheduling;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>/health/ready with the clock under the test's control; each test owns its host, since beats and overdue posts are global.</summary>
public sealed class DispatcherHealthCheckTests
{
    [Fact]
    public async Task Right_after_start_no_beat_is_fine_but_after_the_grace_the_dispatcher_is_silent()
    {
        await using var app = new SchedulingAppFactory();

        Assert.Equal("Healthy", await app.ReadyAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal("Degraded: dispatcher silent for 3 minutes", await app.ReadyAsync());
    }

    [Fact]
    public async Task A_recent_beat_is_healthy_and_one_older_than_two_minutes_is_silent()
    {
        await using var app = new SchedulingAppFactory();
        await app.BeatAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("Healthy", await app.ReadyAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("Degraded: dispatcher silent for 4 minutes", await app.ReadyAsync());
        await app.BeatAsync("node-b");
        Assert.Equal("Healthy", await app.ReadyAsync());
    }

    [Fact]
    public async Task Posts_due_more_than_five_minutes_ago_and_not_final_are_overdue_but_held_deferred_and_recent_ones_are_not()
    {
        await using var app = new SchedulingAppFactory();
        var tenant = await app.CreateTenantAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.BookDueAtAsync(tenant, now.AddMinutes(-6));
        await app.BookDueAtAsync(tenant, now.AddMinutes(-30));
        var held = await app.BookDueAtAsync(tenant, now.AddMinutes(-30));
        var published = await app.BookDueAtAsync(tenant, now.AddMinutes(-30));
        var deferred = await app.BookDueAtAsync(tenant, now.AddMinutes(-30));
        await app.BookDueAtAsync(tenant, now.AddMinutes(-4));
        await app.UpdateTargetsAsync(held, t => t.State = TargetState.Held);
        await app.UpdateTargetsAsync(published, t => t.State = TargetState.Published);
        await app.UpdateTargetsAsync(deferred, t => (t.State, t.NextAttemptAtUtc) = (TargetState.Prepared, now.AddMinutes(20)));
        await app.BeatAsync();

        Assert.Equal("Degraded: 2 posts overdue", await app.ReadyAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal("Degraded: dispatcher silent for 3 minutes; 3 posts overdue", await app.ReadyAsync());
    }
}
