using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Outcomes;

/// <summary>Reads each account's outcome of a booked post (the agency filter on the context scopes the query).</summary>
internal sealed class PostOutcomes(SchedulerDbContext db, IInstagramAccountDirectory accounts, TimeProvider clock)
{
    public async Task<PostOutcomesView?> FindAsync(Guid postId, string timeZoneId, CancellationToken cancellationToken)
    {
        var booking = await db.ScheduledPosts.AsNoTracking().Include(p => p.Targets).SingleOrDefaultAsync(p => p.PostId == postId, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var targetIds = booking.Targets.Select(t => t.Id).ToList();
        var log = (await db.PublishLog.AsNoTracking().Where(e => targetIds.Contains(e.PublishTargetId)).ToListAsync(cancellationToken))
            .OrderByDescending(e => e.AtUtc)
            .ThenByDescending(e => e.Id)
            .ToLookup(e => e.PublishTargetId);
        var outcomes = new List<AccountOutcome>();
        foreach (var target in booking.Targets.OrderBy(t => t.InstagramAccountId))
        {
            var account = await accounts.FindAsync(target.InstagramAccountId, cancellationToken);
            var name = account is null ? "An account no longer linked" : "@" + account.Username;
            var lines = log[target.Id].Select(e => new PublishLogLine(ClientLocalTime.ToLocal(e.AtUtc, timeZoneId), e.Step, e.Outcome, e.Detail)).ToList();
            var state = OutcomeNames.Of(target, now);
            var detail = state == "Scheduled" || (state == "Preparing" && target.Problem is null)
                ? $"Publishes {ClientLocalTime.ToLocal(target.DueAtUtc, timeZoneId).Display}."
                : target.Problem;
            var publishedAt = target.PublishedAtUtc is { } at ? ClientLocalTime.ToLocal(at, timeZoneId) : null;
            outcomes.Add(new AccountOutcome(name, target.State, state, detail, target.Permalink, publishedAt, OutcomeNames.IsContentFailure(target), lines));
        }

        return new PostOutcomesView(postId, outcomes, booking.Targets.Any(t => OutcomeNames.IsUnderWay(t, now)));
    }
}
