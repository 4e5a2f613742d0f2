using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Features.Outcomes;

/// <summary>Where one account of a post stands, in words, with its publish log newest first.</summary>
internal sealed record AccountOutcome(
    string Account,
    TargetState State,
    string StateName,
    string? Detail,
    string? Permalink,
    LocalMoment? PublishedAt,
    bool CanBeFixed,
    IReadOnlyList<PublishLogLine> Log);

/// <summary>Every account's outcome of one booked post, and whether the page should keep looking while it publishes.</summary>
internal sealed record PostOutcomesView(Guid PostId, IReadOnlyList<AccountOutcome> Accounts, bool InProgress)
{
    public bool HasRetryable => Accounts.Any(a => a.State is TargetState.Failed or TargetState.Missed);
}
