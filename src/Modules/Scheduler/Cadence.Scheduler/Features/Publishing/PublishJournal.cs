using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// The publish log of one run and the step it has reached: scoped, so every part of <see cref="TargetPublisher"/> in a
/// run records failures and holds under the step that was under way when they happened.
/// </summary>
internal sealed class PublishJournal(SchedulerDbContext db, TimeProvider clock)
{
    public string Step { get; set; } = "start";

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    private ClientTimeZone zone = ClientTimeZone.Utc;

    /// <summary>The post's client: times in the log and problems read on its clock, as everywhere else on its pages.</summary>
    public void UseClientTimeZone(ClientTimeZone clientZone) => zone = clientZone;

    /// <summary>An instant as the client's clock shows it: "Tuesday 24 November 2026, 4:01 AM UTC−5 (Eastern Standard Time)".</summary>
    public string At(DateTime utc) => ClientLocalTime.ToLocal(utc, zone).Display;

    public void Log(PublishTarget target, string step, string outcome, string? detail) =>
        db.PublishLog.Add(new PublishLogEntry
        {
            AgencyId = target.AgencyId, PublishTargetId = target.Id, AtUtc = Now, Step = step, Outcome = outcome, Detail = detail,
        });

    public async Task HoldAsync(PublishTarget target, string reason, CancellationToken cancellationToken)
    {
        target.State = TargetState.Held;
        target.Problem = reason;
        Log(target, Step, "held", reason);
        await RaiseProblemAsync(target, PublishProblemKind.Held, PublishHoldCause.AccountReconnection, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task FailAsync(PublishTarget target, string reason, CancellationToken cancellationToken)
    {
        target.State = TargetState.Failed;
        target.Problem = reason;
        Log(target, Step, "failed", reason);
        await RaiseProblemAsync(target, PublishProblemKind.Failed, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RaiseProblemAsync(PublishTarget target, PublishProblemKind kind, PublishHoldCause? cause, CancellationToken cancellationToken)
    {
        var (clientId, postId) = await PublishOutcomeEvents.BookingOfAsync(db, target, cancellationToken);
        PublishOutcomeEvents.Problem(db, target, clientId, postId, kind, cause, Now);
    }
}
