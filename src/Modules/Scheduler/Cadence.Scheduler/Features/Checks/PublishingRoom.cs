using Cadence.Instagram;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>
/// Whether the account's rolling 24-hour publishing quota will have room at the target's due time: what Instagram
/// counts as published in that window so far, plus what Cadence has booked for the account before the target.
/// </summary>
internal sealed class PublishingRoom(SchedulerDbContext db, IInstagramPublishing instagram, TimeProvider clock)
{
    public async Task<string?> ProblemAsync(PublishTarget target, AccountAccess access, string handle, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var windowStart = target.DueAtUtc - QuotaWindow.Length;
        var since = windowStart > now - QuotaWindow.Length ? windowStart : now - QuotaWindow.Length;
        var limit = await instagram.GetPublishingLimitAsync(access, new DateTimeOffset(since, TimeSpan.Zero), cancellationToken);
        if (limit.QuotaTotal is not { } total)
        {
            return null;
        }

        var booked = await db.PublishTargets.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.AgencyId == target.AgencyId && t.InstagramAccountId == target.InstagramAccountId && t.Id != target.Id)
            .Where(t => t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.PublishAttempted || t.State == TargetState.Held)
            .CountAsync(t => t.DueAtUtc >= now && t.DueAtUtc <= target.DueAtUtc, cancellationToken);
        if (limit.QuotaUsage + booked < total)
        {
            return null;
        }

        return $"{handle}'s Instagram limit of {total} posts in 24 hours will be full at this time: {limit.QuotaUsage} published in the window " +
            $"and {booked} more booked before this post. Move this post later, or another post of the account.";
    }
}
