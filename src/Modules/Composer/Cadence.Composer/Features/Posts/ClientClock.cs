using System.Globalization;

namespace Cadence.Composer.Features.Posts;

/// <summary>UTC instants shown in a client's time zone.</summary>
internal static class ClientClock
{
    public static DateTime Local(DateTime utc, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }

    public static string Time(DateTime utc, string timeZoneId) => Local(utc, timeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTime utc, string timeZoneId) => Local(utc, timeZoneId).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
