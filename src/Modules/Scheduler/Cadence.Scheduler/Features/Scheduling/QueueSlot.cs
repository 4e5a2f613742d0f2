namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>A weekly posting time on the client's wall clock, e.g. Monday 09:00.</summary>
internal sealed record QueueSlot(DayOfWeek Day, TimeOnly Time);
