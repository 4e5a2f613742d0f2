using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Scheduling;
using Cadence.Testing;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>The watch job tells Owners and Admins once per incident, and again only after it cleared and came back.</summary>
public sealed class DispatcherWatchTests
{
    [Fact]
    public async Task Overdue_posts_are_notified_once_per_incident_to_owners_and_admins()
    {
        await using var app = new SchedulingAppFactory();
        var (tenant, owner, admin, editor) = await app.TeamAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var late = await app.BookDueAtAsync(tenant, now.AddMinutes(-10));
        await app.BeatAsync();

        Assert.Equal(1, await app.WatchAsync());
        Assert.Equal(0, await app.WatchAsync());

        var alert = Assert.Single(await app.AlertsAsync(tenant.AgencyId));
        Assert.Equal(PublishAlertKind.PostsOverdue, alert.Kind);
        Assert.Equal("1 post is overdue: due more than 5 minutes ago and not published yet.", alert.Message);
        Assert.Single(app.MailTo(owner.Email));
        var mail = Assert.Single(app.MailTo(admin.Email));
        Assert.Contains("/scheduler/status", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(app.MailTo(editor.Email));

        await app.UpdateTargetsAsync(late, t => t.State = TargetState.Published);
        Assert.Equal(0, await app.WatchAsync());
        await app.BookDueAtAsync(tenant, now.AddMinutes(-10));
        Assert.Equal(1, await app.WatchAsync());

        Assert.Equal(2, (await app.AlertsAsync(tenant.AgencyId)).Count);
        Assert.Equal(2, app.MailTo(owner.Email).Count);
    }

    [Fact]
    public async Task A_silent_dispatcher_is_notified_once_to_agencies_with_posts_waiting_and_not_to_others()
    {
        await using var app = new SchedulingAppFactory();
        var (waiting, owner, _, _) = await app.TeamAsync();
        var idle = await app.CreateAgencyAsync("Idle Agency");
        await app.BookDueAtAsync(waiting, app.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        await app.BeatAsync();
        Assert.Equal(0, await app.WatchAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, await app.WatchAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await app.WatchAsync());

        var alert = Assert.Single(await app.AlertsAsync(waiting.AgencyId));
        Assert.Equal(PublishAlertKind.DispatcherSilent, alert.Kind);
        Assert.Equal("The publishing dispatcher has been silent for 5 minutes: scheduled posts are not going out.", alert.Message);
        Assert.Equal("Cadence is not publishing: the dispatcher is silent", Assert.Single(app.MailTo(owner.Email)).Subject);
        Assert.Empty(await app.AlertsAsync(idle.AgencyId));
        Assert.Empty(app.MailTo(idle.Email));
    }
}
