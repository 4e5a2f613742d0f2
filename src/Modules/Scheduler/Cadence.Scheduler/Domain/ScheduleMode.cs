namespace Cadence.Scheduler.Domain;

/// <summary>How a post got its time: chosen on the calendar, the account's next free queue slot, or right away.</summary>
internal enum ScheduleMode
{
    At,
    Queue,
    Now,
}
