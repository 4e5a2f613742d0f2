using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;

namespace Cadence.Scheduler.Features.Queue;

/// <summary>An account's queue as its page shows it: weekly slots and queued posts in the client's time zone.</summary>
internal sealed record QueueBoard(
    InstagramAccountSummary Account,
    ClientSummary Client,
    bool IsPaused,
    IReadOnlyList<QueueSlotView> Slots,
    IReadOnlyList<QueuedPostView> Posts);

internal sealed record QueueSlotView(Guid Id, DayOfWeek Day, int MinuteOfDay)
{
    public string Time => $"{MinuteOfDay / 60:00}:{MinuteOfDay % 60:00}";

    public string Label => $"{Day} {Time}";
}

/// <summary>A queued booking; <see cref="CanMove"/> is false once any account has started preparing or publishing it.</summary>
internal sealed record QueuedPostView(Guid ScheduledPostId, Guid PostId, DateTime DueAtUtc, string LocalTime, bool CanMove);
