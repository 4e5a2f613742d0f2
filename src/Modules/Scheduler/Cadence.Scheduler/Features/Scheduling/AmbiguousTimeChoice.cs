namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>Which of the two moments a wall-clock time names on the day clocks go back.</summary>
internal enum AmbiguousTimeChoice
{
    Earlier,
    Later,
}
