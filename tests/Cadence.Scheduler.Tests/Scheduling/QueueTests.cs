using Cadence.Scheduler.Domain;
using static Cadence.Scheduler.Tests.Scheduling.SchedulingTestKit;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>Adding to the queue of the post's first account; the clock stands at Monday 23 November 2026 09:00 in London.</summary>
public sealed class QueueTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    [Fact]
    public async Task Each_post_takes_the_next_slot_no_other_post_holds()
    {
        var tenant = await app.CreateTenantAsync();
        await AddSlotAsync(tenant, DayOfWeek.Monday, 10 * 60);
        await AddSlotAsync(tenant, DayOfWeek.Wednesday, 10 * 60 + 30);
        var first = app.Post(tenant);
        var second = app.Post(tenant);

        var firstSlot = await app.QueueAsync(tenant.AgencyId, first.PostId);
        var secondSlot = await app.QueueAsync(tenant.AgencyId, second.PostId);
        var again = await app.QueueAsync(tenant.AgencyId, first.PostId);

        Assert.Equal(Utc(2026, 11, 23, 10), firstSlot.Value.DueAtUtc);
        Assert.Equal(Utc(2026, 11, 25, 10, 30), secondSlot.Value.DueAtUtc);
        Assert.Equal(Utc(2026, 11, 23, 10), again.Value.DueAtUtc);
        Assert.Equal(ScheduleMode.Queue, (await app.BookingAsync(second.PostId))!.Mode);
    }

    [Fact]
    public async Task A_paused_queue_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        await AddSlotAsync(tenant, DayOfWeek.Monday, 10 * 60);
        await app.AddAsync(new AccountQueue { InstagramAccountId = tenant.AccountId, AgencyId = tenant.AgencyId, ClientId = tenant.ClientId, IsPaused = true });
        var post = app.Post(tenant);

        var result = await app.QueueAsync(tenant.AgencyId, post.PostId);

        Assert.Contains("queue is paused", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Null(await app.BookingAsync(post.PostId));
    }

    [Fact]
    public async Task An_account_without_slots_is_refused()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);

        var result = await app.QueueAsync(tenant.AgencyId, post.PostId);

        Assert.Contains("has no queue times yet", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private Task AddSlotAsync(Tenant tenant, DayOfWeek day, int minuteOfDay) =>
        app.AddAsync(new WeeklySlot { AgencyId = tenant.AgencyId, InstagramAccountId = tenant.AccountId, Day = day, MinuteOfDay = minuteOfDay });
}
