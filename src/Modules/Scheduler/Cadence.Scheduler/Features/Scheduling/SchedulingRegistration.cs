using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.BuildingBlocks.Infrastructure;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Scheduling;

internal static class SchedulingRegistration
{
    /// <summary>Booking, moving and unbooking posts, and keeping bookings in step with the Composer's and Accounts' events.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services) =>
        services
            .AddScoped<SchedulePost>()
            .AddScoped<UnschedulePost>()
            .AddScoped<MarkMissedTargets>()
            .AddIntegrationEventHandler<PostDeleted, CancelTargetsWhenPostDeleted, SchedulerDbContext>()
            .AddIntegrationEventHandler<PostContentChanged, HoldTargetsWhenApprovalLost, SchedulerDbContext>()
            .AddIntegrationEventHandler<PostApproved, ReleaseTargetsWhenPostApproved, SchedulerDbContext>()
            .AddIntegrationEventHandler<InstagramAccountReconnected, ReleaseTargetsWhenAccountReconnected, SchedulerDbContext>();
}
