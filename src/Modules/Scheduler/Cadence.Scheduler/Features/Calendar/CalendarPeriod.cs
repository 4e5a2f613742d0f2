namespace Cadence.Scheduler.Features.Calendar;

/// <summary>The days a view covers around an anchor day; weeks start on Monday.</summary>
internal sealed record CalendarPeriod(CalendarView View, DateOnly Anchor, DateOnly From, DateOnly To)
{
    public static CalendarPeriod Of(CalendarView view, DateOnly anchor)
    {
        if (view == CalendarView.Week)
        {
            var monday = StartOfWeek(anchor);
            return new CalendarPeriod(view, anchor, monday, monday.AddDays(6));
        }

        var first = new DateOnly(anchor.Year, anchor.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return view == CalendarView.List
            ? new CalendarPeriod(view, anchor, first, last)
            : new CalendarPeriod(view, anchor, StartOfWeek(first), StartOfWeek(last).AddDays(6));
    }

    public DateOnly Previous => View == CalendarView.Week ? Anchor.AddDays(-7) : new DateOnly(Anchor.Year, Anchor.Month, 1).AddMonths(-1);

    public DateOnly Next => View == CalendarView.Week ? Anchor.AddDays(7) : new DateOnly(Anchor.Year, Anchor.Month, 1).AddMonths(1);

    public IReadOnlyList<DateOnly> Days
    {
        get
        {
            var days = new List<DateOnly>();
            for (var day = From; day <= To; day = day.AddDays(1))
            {
                days.Add(day);
            }

            return days;
        }
    }

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
