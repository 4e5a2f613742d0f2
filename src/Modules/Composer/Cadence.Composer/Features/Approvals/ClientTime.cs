using System.Globalization;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Instants as a client's people read them: in the client's time zone.</summary>
internal static class ClientTime
{
    public static string Format(DateTime utc, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
