using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Tests.Scheduling;

public sealed class UnschedulePostTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    [Fact]
    public async Task A_post_not_yet_publishing_is_taken_off_the_calendar()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.UpdateTargetsAsync(post.PostId, t => t.State = TargetState.Prepared);

        var result = await app.UnscheduleAsync(tenant.AgencyId, post.PostId);

        Assert.True(result.Succeeded);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task A_post_whose_publish_call_was_made_cannot_be_unscheduled()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.UpdateTargetsAsync(post.PostId, t =>
        {
            t.State = TargetState.PublishAttempted;
            t.PublishAttemptedAtUtc = app.Clock.GetUtcNow().UtcDateTime;
        });

        var result = await app.UnscheduleAsync(tenant.AgencyId, post.PostId);

        Assert.Equal("conflict", Assert.Single(result.Errors).Code);
        Assert.NotNull(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task Another_agencys_booking_is_not_found()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var post = app.Post(other);
        await app.ScheduleAtAsync(other.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));

        var result = await app.UnscheduleAsync(tenant.AgencyId, post.PostId);

        Assert.Equal("not_found", Assert.Single(result.Errors).Code);
        Assert.NotNull(await app.BookingAsync(post.PostId));
    }
}
