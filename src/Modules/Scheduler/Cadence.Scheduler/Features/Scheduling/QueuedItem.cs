namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>A queued item and the slot instant it was given.</summary>
internal sealed record QueuedItem<T>(T Item, DateTime SlotUtc);
