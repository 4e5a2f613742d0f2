using Cadence.Scheduler.Features.Scheduling;

namespace Cadence.Scheduler.Tests.Scheduling;

// Slots written as people say them: "Mon-Fri 09:00 12:30; Sun 02:30" or "Daily 01:30".
internal static class SlotTable
{
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static QueueSlots In(string zone, string spec) => QueueSlots.Create(Parse(spec), zone).Value;

    public static IReadOnlyList<QueueSlot> Parse(string spec) =>
        [.. spec.Split(';', StringSplitOptions.TrimEntries).SelectMany(part =>
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return DaysOf(words[0]).SelectMany(day => words[1..].Select(time => new QueueSlot(day, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture))));
        })];

    public static IReadOnlyList<DateTime> Instants(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Wall.Utc)];

    public static string Text(IEnumerable<DateTime> instants) => string.Join(", ", instants.Select(Wall.Text));

    private static IEnumerable<DayOfWeek> DaysOf(string word) => word switch
    {
        "Daily" => Enum.GetValues<DayOfWeek>(),
        _ when word.Contains('-', StringComparison.Ordinal) => Range(word.Split('-')),
        _ => word.Split(',').Select(Day),
    };

    private static IEnumerable<DayOfWeek> Range(string[] ends) =>
        Enumerable.Range((int)Day(ends[0]), (int)Day(ends[1]) - (int)Day(ends[0]) + 1).Select(d => (DayOfWeek)d);

    private static DayOfWeek Day(string name) => (DayOfWeek)Array.IndexOf(Days, name);
}
