using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>Writes scheduling's own changes of a target into its publish log, next to the publisher's steps.</summary>
internal static class TargetHistory
{
    public const string Step = "schedule";

    public static void Record(SchedulerDbContext db, PublishTarget target, string outcome, string? detail, DateTime nowUtc) =>
        db.PublishLog.Add(new PublishLogEntry
        {
            AgencyId = target.AgencyId, PublishTargetId = target.Id, AtUtc = nowUtc, Step = Step, Outcome = outcome, Detail = detail,
        });
}
