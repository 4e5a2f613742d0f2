using Cadence.Scheduler.Tests.Publishing;

namespace Cadence.Scheduler.Tests.Checks;

/// <summary>
/// The job every minute: checks a booking right away, leaves it alone until the hour before its time, re-checks it every
/// quarter of an hour within that hour, and once more in the last five minutes.
/// </summary>
public sealed class CheckTimingTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>
{
    [Fact]
    public async Task A_booking_is_checked_when_booked_then_each_quarter_hour_in_its_last_hour_and_once_in_its_last_five_minutes()
    {
        var account = await app.LinkSandboxAccountAsync();
        var booked = app.Clock.GetUtcNow().UtcDateTime;
        var due = booked.AddHours(3);
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Timed checks"), due);

        var checks = new List<DateTime?>();
        async Task MinuteAsync()
        {
            await app.RunDueChecksAsync();
            checks.Add((await app.TargetAsync(id)).CheckedAtUtc);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        while (app.Clock.GetUtcNow().UtcDateTime < due)
        {
            await MinuteAsync();
        }

        var checkedAt = checks.Where(c => c is not null).Select(c => c!.Value).Distinct().ToList();
        Assert.Equal(
            [booked, due.AddMinutes(-60), due.AddMinutes(-45), due.AddMinutes(-30), due.AddMinutes(-15), due.AddMinutes(-5)],
            checkedAt);
    }

    [Fact]
    public async Task A_booking_already_checked_and_not_due_within_the_hour_is_left_alone()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Tomorrow"), app.Clock.GetUtcNow().UtcDateTime.AddDays(1));
        await app.RunDueChecksAsync();
        var first = (await app.TargetAsync(id)).CheckedAtUtc;

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.RunDueChecksAsync();

        Assert.NotNull(first);
        Assert.Equal(first, (await app.TargetAsync(id)).CheckedAtUtc);
    }

    [Fact]
    public async Task A_check_problem_found_by_the_job_is_stored_on_the_target()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Gone").WithMedia(app.MediaServer.Missing("gone.jpg"));
        var id = await app.ScheduleAsync(account, post, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(40));

        await app.RunDueChecksAsync();

        Assert.Contains((await app.TargetAsync(id)).CheckProblems, p => p.Contains("gone.jpg", StringComparison.Ordinal) && p.Contains("404", StringComparison.Ordinal));
    }
}
