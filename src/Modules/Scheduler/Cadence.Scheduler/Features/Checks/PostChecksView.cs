using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Features.Checks;

/// <summary>What the last checks found for each account a booked post goes to.</summary>
internal sealed record PostChecksView(Guid PostId, bool IsBooked, IReadOnlyList<AccountChecks> Accounts)
{
    public bool HasProblems => Accounts.Any(a => a.Problems.Count > 0);

    /// <summary>Booked, and some account has not been checked yet.</summary>
    public bool IsPending => IsBooked && Accounts.Any(a => a.CheckedAt is null);
}

internal sealed record AccountChecks(Guid TargetId, string Handle, LocalMoment? CheckedAt, IReadOnlyList<string> Problems);
