using System.Net.Http.Headers;
using System.Text.Json;

namespace Cadence.Instagram;

/// <summary>Reads the throttling wait from <c>X-Business-Use-Case-Usage</c> and <c>X-App-Usage</c>.</summary>
public static class UsageHeaders
{
    public const string BusinessUseCaseUsage = "X-Business-Use-Case-Usage";
    public const string AppUsage = "X-App-Usage";

    /// <summary>Used when Instagram throttles without telling how long: calls made while throttled extend the penalty.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    // X-App-Usage is a percentage of an hourly rolling budget and gives no estimate of its own.
    private static readonly TimeSpan AppBudgetWindow = TimeSpan.FromHours(1);

    /// <summary>The wait the headers ask for, or null when they do not show any throttling.</summary>
    public static TimeSpan? WaitFrom(HttpResponseHeaders headers)
    {
        var business = First(headers, BusinessUseCaseUsage);
        var minutes = business is null ? 0 : MaxEstimatedMinutes(business);
        if (minutes > 0)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        var app = First(headers, AppUsage);
        if (app is not null && MaxPercent(app) >= 100)
        {
            return AppBudgetWindow;
        }

        return business is not null && BusinessAtLimit(business) ? DefaultWait : null;
    }

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int MaxEstimatedMinutes(string json) =>
        BusinessEntries(json).Select(e => Number(e, "estimated_time_to_regain_access")).DefaultIfEmpty(0).Max();

    private static bool BusinessAtLimit(string json) =>
        BusinessEntries(json).Any(e => Math.Max(Number(e, "call_count"), Math.Max(Number(e, "total_cputime"), Number(e, "total_time"))) >= 100);

    private static List<JsonElement> BusinessEntries(string json)
    {
        var entries = new List<JsonElement>();
        if (!TryParse(json, out var root) || root.ValueKind != JsonValueKind.Object)
        {
            return entries;
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            entries.AddRange(property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object));
        }

        return entries;
    }

    private static int MaxPercent(string json) =>
        TryParse(json, out var root) && root.ValueKind == JsonValueKind.Object
            ? Math.Max(Number(root, "call_count"), Math.Max(Number(root, "total_cputime"), Number(root, "total_time")))
            : 0;

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;

    private static bool TryParse(string json, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }
}
