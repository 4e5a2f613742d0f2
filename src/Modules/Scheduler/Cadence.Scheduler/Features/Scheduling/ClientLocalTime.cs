using Cadence.BuildingBlocks.Results;

namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>Converts between a client's wall clock and UTC instants, explaining the times a clock change skips or repeats.</summary>
internal static class ClientLocalTime
{
    public static Result<DateTime> ToUtc(DateOnly date, TimeOnly time, string timeZoneId, AmbiguousTimeChoice? choice = null) =>
        ClientTimeZone.Find(timeZoneId) is { } zone ? ToUtc(date, time, zone, choice) : ClockChangeMessages.UnknownZone(timeZoneId);

    public static Result<DateTime> ToUtc(DateOnly date, TimeOnly time, ClientTimeZone zone, AmbiguousTimeChoice? choice = null)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return LocalTimeResolution.Of(local, zone.Zone) switch
        {
            OccursOnce once => once.Utc,
            OccursTwice twice when choice == AmbiguousTimeChoice.Earlier => twice.EarlierUtc,
            OccursTwice twice when choice == AmbiguousTimeChoice.Later => twice.LaterUtc,
            OccursTwice twice => ClockChangeMessages.HappensTwice(local, twice, zone),
            Skipped gap => ClockChangeMessages.DoesNotExist(local, gap, zone),
            _ => throw new InvalidOperationException("Unknown local time resolution."),
        };
    }

    /// <remarks>An unknown zone shows UTC (labelled so) rather than failing a page that only displays a time.</remarks>
    public static LocalMoment ToLocal(DateTime utc, string timeZoneId) => ToLocal(utc, ClientTimeZone.Find(timeZoneId) ?? ClientTimeZone.Utc);

    public static LocalMoment ToLocal(DateTime utc, ClientTimeZone zone)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var offset = zone.Zone.GetUtcOffset(utc);
        return new LocalMoment(DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified), offset, zone.NameAt(utc));
    }
}
