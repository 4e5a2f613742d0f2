using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>Answers for the agency the caller names, not the signed-in one, so jobs and other modules can ask too.</summary>
internal sealed class PublishStatusQuery(SchedulerDbContext db) : IPublishStatus
{
    public async Task<PostPublishStatus?> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.IgnoreQueryFilters().AsNoTracking()
            .Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.AgencyId == agencyId && p.PostId == postId, cancellationToken);
        return booking is null
            ? null
            : new PostPublishStatus(booking.PostId, booking.ClientId, booking.DueAtUtc, booking.Targets
                .OrderBy(t => t.InstagramAccountId)
                .Select(t => new AccountPublishStatus(t.InstagramAccountId, StateOf(t.State), t.DueAtUtc, t.MediaId, t.Permalink, t.PublishedAtUtc, t.Problem))
                .ToList());
    }

    public static PublishState StateOf(TargetState state) => state switch
    {
        TargetState.Scheduled or TargetState.Prepared => PublishState.Scheduled,
        TargetState.PublishAttempted => PublishState.Publishing,
        TargetState.Held => PublishState.Held,
        TargetState.Published => PublishState.Published,
        TargetState.Failed => PublishState.Failed,
        TargetState.Missed => PublishState.Missed,
        _ => PublishState.Cancelled,
    };
}
