namespace Cadence.Scheduler.Features.Scheduling;

/// <summary>A client's IANA time zone and the place people know it by ("America/New_York" → "New York").</summary>
internal sealed record ClientTimeZone(TimeZoneInfo Zone, string Place)
{
    public static ClientTimeZone Utc { get; } = new(TimeZoneInfo.Utc, "UTC");

    public static ClientTimeZone? Find(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? new ClientTimeZone(zone, PlaceOf(timeZoneId)) : null;

    public string NameAt(DateTime utc) => Zone.IsDaylightSavingTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) ? Zone.DaylightName : Zone.StandardName;

    private static string PlaceOf(string timeZoneId) => timeZoneId[(timeZoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
}
