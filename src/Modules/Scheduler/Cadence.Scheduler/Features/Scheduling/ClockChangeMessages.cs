using Cadence.BuildingBlocks.Results;
using static Cadence.Scheduler.Features.Scheduling.LocalTimeFormat;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>What a person reads when the time they chose is skipped or repeated by a clock change.</summary>
internal static class ClockChangeMessages
{
    public const string Field = "Time";

    public static Error DoesNotExist(DateTime local, Skipped gap, ClientTimeZone zone)
    {
        var suggestion = local + gap.Length;
        var onDay = suggestion.Date == local.Date ? "" : $" on {Day(suggestion)}";
        return Error.Validation(Field,
            $"{Time(local)} doesn't exist on {Day(local)} in {zone.Place}: clocks jump from {Time(gap.GapStart)} to {Time(gap.GapEnd)}. " +
            $"Choose {Time(suggestion)}{onDay} ({Duration(gap.Length)} later) or another time.");
    }

    public static Error HappensTwice(DateTime local, OccursTwice twice, ClientTimeZone zone) =>
        Error.Validation(Field,
            $"{Time(local)} happens twice on {Day(local)} in {zone.Place}: " +
            $"first at {Offset(twice.EarlierOffset)} ({zone.NameAt(twice.EarlierUtc)}), then at {Offset(twice.LaterOffset)} ({zone.NameAt(twice.LaterUtc)}). Choose which.");

    public static Error UnknownZone(string timeZoneId) =>
        Error.Validation("TimeZone", $"The time zone \"{timeZoneId}\" isn't known. Set the client's time zone again in its settings.");
}
