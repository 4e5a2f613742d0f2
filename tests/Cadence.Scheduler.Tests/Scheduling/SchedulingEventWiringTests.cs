using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>The handlers are registered with the Scheduler's inbox and receive events through the real outbox delivery.</summary>
public sealed class SchedulingEventWiringTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    [Fact]
    public void Every_booking_handler_is_registered_with_the_schedulers_inbox()
    {
        var registrations = app.Services.GetServices<IntegrationEventHandlerRegistration>().Where(r => r.ContextType == typeof(SchedulerDbContext)).ToList();

        Assert.Contains(registrations, r => r.EventType == typeof(PostDeleted) && r.HandlerType == typeof(CancelTargetsWhenPostDeleted));
        Assert.Contains(registrations, r => r.EventType == typeof(PostContentChanged) && r.HandlerType == typeof(HoldTargetsWhenApprovalLost));
        Assert.Contains(registrations, r => r.EventType == typeof(PostApproved) && r.HandlerType == typeof(ReleaseTargetsWhenPostApproved));
        Assert.Contains(registrations, r => r.EventType == typeof(InstagramAccountReconnected) && r.HandlerType == typeof(ReleaseTargetsWhenAccountReconnected));
    }

    [Fact]
    public async Task A_post_deleted_event_delivered_by_the_outbox_cancels_the_booking()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            db.AddIntegrationEvent(new PostDeleted(post.PostId, tenant.ClientId) { AgencyId = tenant.AgencyId, OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(TargetState.Cancelled, (await app.TargetOfAsync(post.PostId)).State);
    }
}
