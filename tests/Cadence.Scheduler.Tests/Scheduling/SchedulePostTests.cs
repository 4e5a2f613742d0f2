using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using static Cadence.Scheduler.Tests.Scheduling.SchedulingTestKit;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>Booking a post at a time on its client's clock (Europe/London), now, or moving it; the clock stands at Monday 23 November 2026 09:00 UTC.</summary>
public sealed class SchedulePostTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    [Fact]
    public async Task A_local_time_is_booked_at_the_right_utc_instant_with_one_scheduled_target_per_account()
    {
        var tenant = await app.CreateTenantAsync();
        var winter = app.Post(tenant);
        var summer = app.Post(tenant);

        var booked = await app.ScheduleAtAsync(tenant.AgencyId, winter.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        var bookedSummer = await app.ScheduleAtAsync(tenant.AgencyId, summer.PostId, new DateOnly(2027, 6, 1), new TimeOnly(10, 0));

        Assert.True(booked.Succeeded, string.Join(" ", booked.Errors.Select(e => e.Message)));
        Assert.Equal(Utc(2026, 12, 1, 10), booked.Value.DueAtUtc);
        Assert.Equal(Utc(2027, 6, 1, 9), bookedSummer.Value.DueAtUtc);
        var booking = (await app.BookingAsync(winter.PostId))!;
        Assert.Equal(ScheduleMode.At, booking.Mode);
        Assert.Equal(Utc(2026, 12, 1, 10), booking.DueAtUtc);
        var target = Assert.Single(booking.Targets);
        Assert.Equal((tenant.AccountId, TargetState.Scheduled), (target.InstagramAccountId, target.State));
        Assert.Equal(Utc(2026, 12, 1, 10), target.DueAtUtc);
        Assert.Equal(Utc(2026, 12, 1, 10), target.NextAttemptAtUtc);
    }

    [Fact]
    public async Task A_time_the_clocks_skip_is_refused_with_the_explanation_and_nothing_is_booked()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2027, 3, 28), new TimeOnly(1, 30));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Time", error.Field);
        Assert.Contains("doesn't exist on Sunday 28 March 2027", error.Message, StringComparison.Ordinal);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task A_time_that_happens_twice_needs_a_choice_and_the_choice_picks_the_instant()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        var day = new DateOnly(2027, 10, 31);

        var unchosen = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, day, new TimeOnly(1, 30));
        var later = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, day, new TimeOnly(1, 30), AmbiguousTimeChoice.Later);
        var earlier = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, day, new TimeOnly(1, 30), AmbiguousTimeChoice.Earlier);

        Assert.Contains("happens twice", Assert.Single(unchosen.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(Utc(2027, 10, 31, 1, 30), later.Value.DueAtUtc);
        Assert.Equal(Utc(2027, 10, 31, 0, 30), earlier.Value.DueAtUtc);
    }

    [Fact]
    public async Task A_time_already_passed_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 11, 23), new TimeOnly(8, 59));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Time", error.Field);
        Assert.Contains("has already passed", error.Message, StringComparison.Ordinal);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task An_unapproved_post_with_rule_problems_is_refused_with_each_problem()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant, approved: false, problems: ["The caption is longer than 2,200 characters."]);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        var now = await app.AsAsync(tenant.AgencyId, s => s.GetRequiredService<SchedulePost>().NowAsync(post.PostId, CancellationToken.None));

        Assert.Contains(result.Errors, e => e.Message.Contains("isn't approved yet", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message == "The caption is longer than 2,200 characters.");
        Assert.Equal(2, now.Errors.Count);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task An_account_that_cannot_publish_is_refused_by_name()
    {
        var tenant = await app.CreateTenantAsync(canPublish: false);
        var post = app.Post(tenant);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Accounts", error.Field);
        Assert.Contains("hasn't allowed Cadence to publish", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agencys_post_is_not_found()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var post = app.Post(other);

        var result = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));

        Assert.Equal("not_found", Assert.Single(result.Errors).Code);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task Publish_now_books_the_current_instant()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);

        var result = await app.AsAsync(tenant.AgencyId, s => s.GetRequiredService<SchedulePost>().NowAsync(post.PostId, CancellationToken.None));

        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, result.Value.DueAtUtc);
        var booking = (await app.BookingAsync(post.PostId))!;
        Assert.Equal(ScheduleMode.Now, booking.Mode);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, Assert.Single(booking.Targets).NextAttemptAtUtc);
    }

    [Fact]
    public async Task Scheduling_again_moves_the_booking_and_drops_containers_made_for_the_old_time()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        var first = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.UpdateTargetsAsync(post.PostId, t =>
        {
            t.State = TargetState.Prepared;
            t.ContainerId = "17890000000000001";
            t.PreparedContentVersion = 1;
        });

        var moved = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 3), new TimeOnly(18, 15));

        Assert.Equal(first.Value.ScheduledPostId, moved.Value.ScheduledPostId);
        var booking = (await app.BookingAsync(post.PostId))!;
        Assert.Equal(Utc(2026, 12, 3, 18, 15), booking.DueAtUtc);
        var target = Assert.Single(booking.Targets);
        Assert.Equal(TargetState.Scheduled, target.State);
        Assert.Equal(Utc(2026, 12, 3, 18, 15), target.NextAttemptAtUtc);
        Assert.Null(target.ContainerId);
    }

    [Fact]
    public async Task A_booking_whose_publish_call_was_made_cannot_be_moved()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.UpdateTargetsAsync(post.PostId, t =>
        {
            t.State = TargetState.PublishAttempted;
            t.PublishAttemptedAtUtc = app.Clock.GetUtcNow().UtcDateTime;
        });

        var moved = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 3), new TimeOnly(18, 15));

        Assert.Equal("conflict", Assert.Single(moved.Errors).Code);
        Assert.Equal(Utc(2026, 12, 1, 10), (await app.BookingAsync(post.PostId))!.DueAtUtc);
    }

    [Fact]
    public async Task A_missed_post_can_be_given_a_new_time()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.UpdateTargetsAsync(post.PostId, t => (t.State, t.Problem) = (TargetState.Missed, "Not published within 2 h of its time."));

        var moved = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 2), new TimeOnly(10, 0));

        Assert.True(moved.Succeeded);
        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Scheduled, (string?)null), (target.State, target.Problem));
    }
}
