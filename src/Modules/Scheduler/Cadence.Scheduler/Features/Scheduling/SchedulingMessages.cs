namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>The problems scheduling writes on a target, as people read them in the calendar and the publish log.</summary>
internal static class SchedulingMessages
{
    public const string EditedAfterApproval = "Edited after approval: approve it again to keep its time.";

    public const string ApprovedTooLate = "Approved again after its time had passed: choose a new time or publish now.";

    public const string PostDeleted = "The post was deleted.";

    public const string NoLongerAnAccount = "The post no longer goes to this account.";

    public const string QueuePaused = "The queue is paused: this post waits until it is resumed, then takes the next free slot.";

    public static string Missed(TimeSpan lateness) => $"Not published within {Lateness(lateness)} of its time; choose a new time or publish now.";

    private static string Lateness(TimeSpan lateness) =>
        lateness.Minutes == 0 ? $"{(int)lateness.TotalHours} h" : $"{(int)lateness.TotalMinutes} min";
}
