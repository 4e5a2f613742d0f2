using System.Globalization;

namespace Cadence.Accounts.Features.Clients;

internal sealed record TimeZoneChoice(string Id, string Label);

internal sealed record TimeZoneGroup(string Region, IReadOnlyList<TimeZoneChoice> Zones);

/// <summary>The IANA zones this machine knows, grouped by region ("Europe", "America", …) with today's UTC offset.</summary>
internal static class TimeZoneCatalog
{
    public const string DefaultZone = "Europe/London";

    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> Zones = new(LoadZones);

    public static IReadOnlyList<TimeZoneGroup> Groups(DateTimeOffset now) =>
        Zones.Value
            .GroupBy(zone => zone.Id.Contains('/', StringComparison.Ordinal) ? zone.Id[..zone.Id.IndexOf('/', StringComparison.Ordinal)] : "Other")
            .OrderBy(group => group.Key == "Other" ? 1 : 0).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TimeZoneGroup(
                group.Key,
                group.Select(zone => new TimeZoneChoice(zone.Id, Label(zone, now)))
                    .OrderBy(choice => choice.Label, StringComparer.Ordinal)
                    .ToList()))
            .ToList();

    private static string Label(TimeZoneInfo zone, DateTimeOffset now)
    {
        var slash = zone.Id.IndexOf('/', StringComparison.Ordinal);
        var place = (slash < 0 ? zone.Id : zone.Id[(slash + 1)..]).Replace('_', ' ').Replace("/", " / ", StringComparison.Ordinal);
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{place} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private static List<TimeZoneInfo> LoadZones()
    {
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Windows lists its own ids; each maps to an IANA id, and the client stores only IANA ids.
            var ianaId = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var converted) ? converted : null;
            if (ianaId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var iana) && iana.HasIanaId)
            {
                zones.TryAdd(ianaId, iana);
            }
        }

        return [.. zones.Values];
    }
}
