namespace Cadence.Scheduler.Features.Calendar;

internal enum CalendarView
{
    Month,
    Week,
    List,
}
