using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>When Instagram's rolling 24-hour publishing window frees its next slot for an account, from what Cadence published.</summary>
internal static class QuotaWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    // Instagram stamps a publish a little before Cadence records it; a minute keeps the retry from landing a hair early.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    /// <summary>The oldest publish in the window plus 24 hours, or null when Cadence published nothing there (posts made elsewhere).</summary>
    public static async Task<DateTime?> NextSlotAsync(SchedulerDbContext db, Guid instagramAccountId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var from = nowUtc - Length;
        var oldest = await db.PublishTargets.IgnoreQueryFilters()
            .Where(t => t.InstagramAccountId == instagramAccountId && t.State == TargetState.Published && t.PublishedAtUtc > from)
            .MinAsync(t => t.PublishedAtUtc, cancellationToken);
        return oldest is { } at ? at + Length + Margin : null;
    }
}
