using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>
/// Takes a post off the calendar while no publish call has been made for it. The booking is removed (its targets and
/// their log with it), so the post is simply unscheduled again, as if it had never been booked.
/// </summary>
internal sealed class UnschedulePost(SchedulerDbContext db, ICurrentAgency current, TimeProvider clock)
{
    public async Task<Result> ExecuteAsync(Guid postId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == postId, cancellationToken);
        if (booking is null || !current.CanAccessClient(booking.ClientId))
        {
            return Result.Failure(Error.NotFound("Scheduled post"));
        }

        if (booking.Targets.Any(ScheduleTargets.HasStarted))
        {
            return Result.Failure(Error.Conflict("Publishing has already started for this post, so it can no longer be unscheduled."));
        }

        if (booking.Targets.Any(t => ScheduleTargets.IsLeased(t, clock.GetUtcNow().UtcDateTime)))
        {
            return Result.Failure(Error.Conflict("This post is being prepared for publishing right now; try again in a minute."));
        }

        db.ScheduledPosts.Remove(booking);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
