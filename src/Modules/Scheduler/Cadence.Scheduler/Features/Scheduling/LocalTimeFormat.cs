using System.Globalization;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>How local times, days and UTC offsets read in scheduling messages: "2:30 AM", "Sunday 8 March 2026", "UTC−4".</summary>
internal static class LocalTimeFormat
{
    public static string Time(DateTime local) => local.ToString("h:mm tt", CultureInfo.InvariantCulture);

    public static string Day(DateTime local) => local.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        var magnitude = offset.Duration();
        var minutes = magnitude.Minutes == 0 ? "" : ":" + magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return $"UTC{sign}{(int)magnitude.TotalHours}{minutes}";
    }

    public static string Duration(TimeSpan length) => length switch
    {
        { TotalMinutes: 60 } => "an hour",
        { Minutes: 0 } => $"{(int)length.TotalHours} hours",
        { TotalMinutes: < 60 } => $"{length.Minutes} minutes",
        _ => $"{(int)length.TotalHours} h {length.Minutes} min",
    };
}
