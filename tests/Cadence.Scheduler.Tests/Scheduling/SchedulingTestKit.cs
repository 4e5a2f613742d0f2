using Cadence.BuildingBlocks.Events;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>An agency with a London client and a linked account, posts handed to the test snapshot, and use cases run as that agency.</summary>
internal static class SchedulingTestKit
{
    public sealed record Tenant(Guid AgencyId, Guid ClientId, Guid AccountId);

    public static async Task<Tenant> CreateTenantAsync(this SchedulingAppFactory app, bool canPublish = true)
    {
        var agencyId = (await app.CreateAgencyAsync()).AgencyId;
        var clientId = await app.CreateClientAsync(agencyId);
        var accountId = await app.AddLinkedAccountAsync(agencyId, clientId, "bluebottle" + Guid.NewGuid().ToString("N")[..6], canPublish);
        return new Tenant(agencyId, clientId, accountId);
    }

    public static PublishablePost Post(this SchedulingAppFactory app, Tenant tenant, bool approved = true, IReadOnlyList<string>? problems = null, int version = 1, Guid? postId = null)
    {
        var post = new PublishablePost(postId ?? Guid.NewGuid(), tenant.AgencyId, tenant.ClientId, PublishFormat.FeedImage, version, approved, problems ?? [],
            [new PublishableAccount(tenant.AccountId, "Fresh roast")], [], null, null, [], null, null, false, null, null, app.Clock.GetUtcNow().UtcDateTime.AddHours(48));
        app.Posts.Set(post);
        return post;
    }

    public static Task<T> AsAsync<T>(this SchedulingAppFactory app, Guid agencyId, Func<IServiceProvider, Task<T>> work) =>
        app.WithScopeAsync(services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(agencyId);
            return work(services);
        });

    public static Task<Result<ScheduledTime>> ScheduleAtAsync(this SchedulingAppFactory app, Guid agencyId, Guid postId, DateOnly date, TimeOnly time, AmbiguousTimeChoice? choice = null) =>
        app.AsAsync(agencyId, s => s.GetRequiredService<SchedulePost>().AtAsync(postId, date, time, choice, CancellationToken.None));

    public static Task<Result<ScheduledTime>> QueueAsync(this SchedulingAppFactory app, Guid agencyId, Guid postId) =>
        app.AsAsync(agencyId, s => s.GetRequiredService<SchedulePost>().ToQueueAsync(postId, CancellationToken.None));

    public static Task<Result> UnscheduleAsync(this SchedulingAppFactory app, Guid agencyId, Guid postId) =>
        app.AsAsync(agencyId, s => s.GetRequiredService<UnschedulePost>().ExecuteAsync(postId, CancellationToken.None));

    /// <summary>Runs the handler as the outbox dispatcher does: in a scope acting for the event's agency.</summary>
    public static Task HandleAsync<THandler, TEvent>(this SchedulingAppFactory app, TEvent integrationEvent)
        where THandler : IIntegrationEventHandler<TEvent>
        where TEvent : IntegrationEvent =>
        app.AsAsync(integrationEvent.AgencyId, async s =>
        {
            await ActivatorUtilities.CreateInstance<THandler>(s).HandleAsync(integrationEvent, CancellationToken.None);
            return 0;
        });

    public static Task<ScheduledPost?> BookingAsync(this SchedulingAppFactory app, Guid postId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().ScheduledPosts.IgnoreQueryFilters().AsNoTracking().Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.PostId == postId));

    public static async Task<PublishTarget> TargetOfAsync(this SchedulingAppFactory app, Guid postId) =>
        Assert.Single((await app.BookingAsync(postId))!.Targets);

    public static Task UpdateTargetsAsync(this SchedulingAppFactory app, Guid postId, Action<PublishTarget> change) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var booking = await db.ScheduledPosts.IgnoreQueryFilters().Include(p => p.Targets).SingleAsync(p => p.PostId == postId);
            booking.Targets.ForEach(change);
            await db.SaveChangesAsync();
        });

    public static Task<int> LogCountAsync(this SchedulingAppFactory app, Guid targetId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().PublishLog.IgnoreQueryFilters().CountAsync(e => e.PublishTargetId == targetId));

    public static Task AddAsync(this SchedulingAppFactory app, object entity) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            db.Add(entity);
            await db.SaveChangesAsync();
        });

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
