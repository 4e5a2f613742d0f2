using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

/// <summary>A time on the client's clock; the choice only matters on the day clocks go back.</summary>
internal sealed class ScheduleInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public AmbiguousTimeChoice? Choice { get; set; }
}
