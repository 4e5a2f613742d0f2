using System.Globalization;

namespace Cadence.Scheduler.Tests.Scheduling;

// Table rows read as text: "2026-03-08 02:30" for wall-clock times and UTC instants alike.
internal static class Wall
{
    public static DateTime Utc(string text) => DateTime.SpecifyKind(Parse(text), DateTimeKind.Utc);

    public static DateOnly Date(string text) => DateOnly.FromDateTime(Parse(text));

    public static TimeOnly Time(string text) => TimeOnly.FromDateTime(Parse(text));

    public static string Text(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset Now(string utc) => new(Utc(utc));

    private static DateTime Parse(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
