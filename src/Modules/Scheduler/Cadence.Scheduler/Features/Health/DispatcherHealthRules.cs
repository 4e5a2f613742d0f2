using System.Linq.Expressions;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Health;

/// <summary>When the dispatcher counts as silent and a post as overdue: one rule for the health check, status page and watch.</summary>
internal static class DispatcherHealthRules
{
    /// <summary>The dispatcher fires every second; two minutes without a beat is no hiccup.</summary>
    public static readonly TimeSpan SilentAfter = TimeSpan.FromMinutes(2);

    /// <summary>Right after start no node may have beaten yet; silence counts only after this.</summary>
    public static readonly TimeSpan StartGrace = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan OverdueAfter = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Due more than <see cref="OverdueAfter"/> ago, still the dispatcher's to finish, and its next step as late. Held
    /// targets wait for a person and deferred ones (the quota, a backoff) for their time, not for the dispatcher, so
    /// neither is overdue (a held one turns Missed after the client's maximum lateness).
    /// </summary>
    public static Expression<Func<PublishTarget, bool>> IsOverdue(DateTime nowUtc)
    {
        var dueBefore = nowUtc - OverdueAfter;
        return t => (t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.PublishAttempted)
            && t.DueAtUtc < dueBefore && t.NextAttemptAtUtc < dueBefore;
    }

    public static int WholeMinutes(TimeSpan span) => (int)Math.Floor(span.TotalMinutes);

    public static string Silent(TimeSpan silence) => $"dispatcher silent for {WholeMinutes(silence)} minutes";

    public static string Overdue(int posts) => posts == 1 ? "1 post overdue" : $"{posts} posts overdue";
}
