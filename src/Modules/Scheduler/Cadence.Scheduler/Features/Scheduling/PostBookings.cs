using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>A post's booking as its page shows it: when, how, and where each account stands.</summary>
internal sealed record PostBookingView(ScheduleMode Mode, LocalMoment Due, IReadOnlyList<TargetView> Targets, bool HasStarted);

internal sealed record TargetView(string Account, TargetState State, string? Problem, IReadOnlyList<PublishLogLine> Log);

internal sealed record PublishLogLine(LocalMoment At, string Step, string Outcome, string? Detail);

/// <summary>Read side of bookings for the Scheduler's pages (the agency filter on the context scopes every query).</summary>
internal sealed class PostBookings(SchedulerDbContext db, IInstagramAccountDirectory accounts)
{
    public async Task<IReadOnlySet<Guid>> BookedPostIdsAsync(CancellationToken cancellationToken) =>
        (await db.ScheduledPosts.AsNoTracking().Select(p => p.PostId).ToListAsync(cancellationToken)).ToHashSet();

    public async Task<PostBookingView?> FindAsync(Guid postId, string timeZoneId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.AsNoTracking().Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == postId, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var targetIds = booking.Targets.Select(t => t.Id).ToList();
        var log = (await db.PublishLog.AsNoTracking().Where(e => targetIds.Contains(e.PublishTargetId)).ToListAsync(cancellationToken))
            .OrderBy(e => e.AtUtc)
            .ToLookup(e => e.PublishTargetId);
        var targets = new List<TargetView>();
        foreach (var target in booking.Targets.OrderBy(t => t.InstagramAccountId))
        {
            var account = await accounts.FindAsync(target.InstagramAccountId, cancellationToken);
            var name = account is null ? "An account no longer linked" : "@" + account.Username;
            var lines = log[target.Id].Select(e => new PublishLogLine(ClientLocalTime.ToLocal(e.AtUtc, timeZoneId), e.Step, e.Outcome, e.Detail)).ToList();
            targets.Add(new TargetView(name, target.State, target.Problem, lines));
        }

        return new PostBookingView(booking.Mode, ClientLocalTime.ToLocal(booking.DueAtUtc, timeZoneId), targets, booking.Targets.Any(ScheduleTargets.HasStarted));
    }
}
