using System.Linq.Expressions;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>What scheduling may do to a publish target, so every use case and event handler agrees.</summary>
internal static class ScheduleTargets
{
    /// <summary>Not published, not final, and the publish call not made: its time can still change or be called off.</summary>
    public static readonly Expression<Func<PublishTarget, bool>> IsOpen =
        t => t.State == TargetState.Scheduled || t.State == TargetState.Prepared || t.State == TargetState.Held;

    /// <summary>The publish call was made (or may have been): only reconciliation may touch it from now on.</summary>
    public static bool HasStarted(PublishTarget target) =>
        target.State is TargetState.PublishAttempted or TargetState.Published || target.PublishAttemptedAtUtc is not null;

    public static bool IsLeased(PublishTarget target, DateTime nowUtc) => target.LeaseExpiresAtUtc > nowUtc;

    /// <summary>Failed or missed: the accounts "Retry failed accounts" and a new booking try again.</summary>
    public static bool IsRetryable(PublishTarget target) => target.State is TargetState.Failed or TargetState.Missed;

    /// <summary>
    /// Tries a failed, missed or not yet published target again for <paramref name="dueAtUtc"/>. When a publish call was made
    /// and its outcome never settled, the target goes back to reconciliation (never straight to a fresh publish), so a post
    /// that did go out is recorded instead of published twice; otherwise it starts over with fresh containers.
    /// </summary>
    public static void Rebook(PublishTarget target, DateTime dueAtUtc, DateTime nowUtc)
    {
        if (target.PublishAttemptedAtUtc is null)
        {
            Reset(target, dueAtUtc);
            return;
        }

        target.State = TargetState.PublishAttempted;
        target.DueAtUtc = dueAtUtc;
        target.NextAttemptAtUtc = nowUtc;
        target.Attempts = 0;
        target.LeaseOwner = null;
        target.LeaseExpiresAtUtc = null;
        target.Problem = null;
    }

    /// <summary>Back to waiting for <paramref name="dueAtUtc"/>; containers made for another time or version are dropped.</summary>
    public static void Reset(PublishTarget target, DateTime dueAtUtc)
    {
        target.State = TargetState.Scheduled;
        target.DueAtUtc = dueAtUtc;
        target.NextAttemptAtUtc = dueAtUtc;
        target.Attempts = 0;
        target.LeaseOwner = null;
        target.LeaseExpiresAtUtc = null;
        target.ChildContainerIds = [];
        target.ContainerId = null;
        target.PreparedContentVersion = null;
        target.PreparedAtUtc = null;
        target.Problem = null;
        target.CheckedAtUtc = null;
        target.CheckProblems = [];
    }
}
