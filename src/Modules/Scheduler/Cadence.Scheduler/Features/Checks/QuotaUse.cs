using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>One account's use of Instagram's rolling 24-hour publishing limit, as Cadence's own records count it.</summary>
internal sealed record AccountQuota(Guid AccountId, int Published, int Limit)
{
    public bool IsFull => Published >= Limit;

    public string Text => $"{Published} of {Limit} posts in the last 24 h";
}

/// <summary>
/// Quota use for the calendar, from the posts Cadence published in the last 24 hours: one query for every account in
/// view, so a render never waits on Instagram. Posts published outside Cadence are not counted here; the checks before
/// publishing ask Instagram itself.
/// </summary>
internal sealed class QuotaUse(SchedulerDbContext db, TimeProvider clock)
{
    /// <summary>Instagram's documented limit; the checks before publishing read the account's real one.</summary>
    public const int Limit = 100;

    public async Task<IReadOnlyDictionary<Guid, AccountQuota>> ForAccountsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - QuotaWindow.Length;
        var ids = accountIds.ToList();
        var counts = await db.PublishTargets.AsNoTracking()
            .Where(t => ids.Contains(t.InstagramAccountId) && t.State == TargetState.Published && t.PublishedAtUtc >= since)
            .GroupBy(t => t.InstagramAccountId)
            .Select(g => new { AccountId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AccountId, g => g.Count, cancellationToken);
        return ids.ToDictionary(id => id, id => new AccountQuota(id, counts.GetValueOrDefault(id), Limit));
    }
}
