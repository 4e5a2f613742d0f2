namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>How a wall-clock time maps onto a zone's timeline: once, never (clocks jump over it) or twice (clocks go back over it).</summary>
internal abstract record LocalTimeResolution
{
    public static LocalTimeResolution Of(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            return SkippedGap(local, zone);
        if (!zone.IsAmbiguousTime(local))
            return new OccursOnce(TimeZoneInfo.ConvertTimeToUtc(local, zone));
        var offsets = zone.GetAmbiguousTimeOffsets(local);
        var (earlier, later) = (offsets.Max(), offsets.Min());
        return new OccursTwice(ToUtc(local, earlier), earlier, ToUtc(local, later), later);
    }

    private static DateTime ToUtc(DateTime local, TimeSpan offset) => DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);

    // Clock changes fall on whole minutes, so walking minute by minute finds the gap's edges exactly.
    private static Skipped SkippedGap(DateTime local, TimeZoneInfo zone)
    {
        var minute = TimeSpan.FromMinutes(1);
        var start = new DateTime(local.Ticks - (local.Ticks % minute.Ticks), DateTimeKind.Unspecified);
        var end = start;
        while (zone.IsInvalidTime(start - minute))
            start -= minute;
        while (zone.IsInvalidTime(end))
            end += minute;
        return new Skipped(start, end);
    }
}

internal sealed record OccursOnce(DateTime Utc) : LocalTimeResolution;

/// <summary>The local time falls in [<paramref name="GapStart"/>, <paramref name="GapEnd"/>), the wall-clock times the change skips.</summary>
internal sealed record Skipped(DateTime GapStart, DateTime GapEnd) : LocalTimeResolution
{
    public TimeSpan Length => GapEnd - GapStart;
}

internal sealed record OccursTwice(DateTime EarlierUtc, TimeSpan EarlierOffset, DateTime LaterUtc, TimeSpan LaterOffset) : LocalTimeResolution;
