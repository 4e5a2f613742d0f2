namespace Cadence.Scheduler.Features.Queue;

/// <summary>The "Add slot" form: the days ticked and one wall-clock time for all of them.</summary>
internal sealed class QueueSlotInput
{
    public List<DayOfWeek> Days { get; set; } = [];

    public string? Time { get; set; }
}
