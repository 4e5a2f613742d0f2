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
