namespace Cadence.Scheduler.Areas.Scheduler.Pages.Queue;

/// <summary>One entry of the account picker: "@handle (Client)".</summary>
internal sealed record QueueAccountChoice(Guid AccountId, string Label);
