using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>An agency owner with a New York client and one linked account; the test clock stands at Monday 23 November 2026 04:00 there.</summary>
internal sealed record QueueTenant(TestMember Owner, Guid ClientId, Guid AccountId)
{
    public string Url => $"/scheduler/queue?accountId={AccountId}";

    public string Handler(string name) => $"{Url}&handler={name}";
}

internal static class QueuePageKit
{
    public static async Task<QueueTenant> CreateQueueTenantAsync(this CadenceAppFactory app)
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle", "America/New_York");
        var accountId = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "bluebottle");
        return new QueueTenant(owner, clientId, accountId);
    }

    public static Task<Guid> QueuePostAsync(this CadenceAppFactory app, QueueTenant tenant, DateTime dueAtUtc, TargetState state = TargetState.Scheduled) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var booking = new ScheduledPost
            {
                AgencyId = tenant.Owner.AgencyId, ClientId = tenant.ClientId, PostId = Guid.NewGuid(), Mode = ScheduleMode.Queue, DueAtUtc = dueAtUtc,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            booking.Targets.Add(new PublishTarget
            {
                AgencyId = tenant.Owner.AgencyId, ScheduledPostId = booking.Id, InstagramAccountId = tenant.AccountId, State = state,
                DueAtUtc = dueAtUtc, NextAttemptAtUtc = dueAtUtc, ContainerId = state == TargetState.Prepared ? "container-1" : null,
            });
            db.ScheduledPosts.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    public static Task<ScheduledPost> BookingAsync(this CadenceAppFactory app, Guid scheduledPostId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().ScheduledPosts.IgnoreQueryFilters().AsNoTracking()
            .Include(p => p.Targets).SingleAsync(p => p.Id == scheduledPostId));

    public static Task<List<WeeklySlot>> SlotsAsync(this CadenceAppFactory app, Guid accountId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().QueueSlots.IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.InstagramAccountId == accountId).ToListAsync());

    public static Task AddSlotAsync(this CadenceAppFactory app, QueueTenant tenant, DayOfWeek day, int hour, int minute = 0) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            db.QueueSlots.Add(new WeeklySlot { AgencyId = tenant.Owner.AgencyId, InstagramAccountId = tenant.AccountId, Day = day, MinuteOfDay = hour * 60 + minute });
            await db.SaveChangesAsync();
        });

    public static Task<bool> IsPausedAsync(this CadenceAppFactory app, Guid accountId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().AccountQueues.IgnoreQueryFilters().AnyAsync(q => q.InstagramAccountId == accountId && q.IsPaused));

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
