using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// Puts a target's outcome in the Scheduler's outbox; the caller's next save commits it together with the state change,
/// so other modules (and the Scheduler's own alerts) hear of every outcome exactly when it becomes true.
/// </summary>
internal static class PublishOutcomeEvents
{
    public static void Published(SchedulerDbContext db, PublishTarget target, Guid clientId, Guid postId, DateTime nowUtc) =>
        db.AddIntegrationEvent(new PostPublished(clientId, postId, target.InstagramAccountId, target.MediaId, target.Permalink, target.PublishedAtUtc ?? nowUtc)
        {
            AgencyId = target.AgencyId, OccurredAtUtc = nowUtc,
        });

    public static void Problem(
        SchedulerDbContext db, PublishTarget target, Guid clientId, Guid postId, PublishProblemKind kind, PublishHoldCause? cause, DateTime nowUtc) =>
        db.AddIntegrationEvent(new PostPublishFailed(clientId, postId, target.InstagramAccountId, target.Problem ?? string.Empty, kind, cause)
        {
            AgencyId = target.AgencyId, OccurredAtUtc = nowUtc,
        });

    /// <summary>The client and Composer post a target belongs to.</summary>
    public static async Task<(Guid ClientId, Guid PostId)> BookingOfAsync(SchedulerDbContext db, PublishTarget target, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Id == target.ScheduledPostId)
            .Select(p => new { p.ClientId, p.PostId })
            .SingleAsync(cancellationToken);
        return (booking.ClientId, booking.PostId);
    }
}
