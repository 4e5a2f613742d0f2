using System.Globalization;
using System.Text.Json;

namespace Cadence.Instagram.Http;

/// <summary>Graph parameters in order; nulls are left out, booleans are true/false, lists are JSON arrays.</summary>
internal sealed class Parameters
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => pairs;

    public Parameters Add(string name, string? value)
    {
        if (value is not null)
        {
            pairs.Add(new(name, value));
        }

        return this;
    }

    public Parameters Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public Parameters Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public Parameters Add(string name, IEnumerable<string>? values, char separator = ',') =>
        Add(name, values is null ? null : string.Join(separator, values));

    public Parameters AddJson(string name, object? value) =>
        Add(name, value is null ? null : JsonSerializer.Serialize(value, value.GetType(), GraphJson.Options));

    public Parameters AddCursor(PageCursor? cursor) =>
        cursor is null ? this : Add("limit", cursor.Limit).Add("after", cursor.After).Add("before", cursor.Before);

    public string ToQueryString() =>
        string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
}
