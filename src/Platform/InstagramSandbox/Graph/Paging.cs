using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Cursor paging as the Graph API answers it: data, cursors, next/previous left out at the ends.</summary>
internal static class Paging
{
    public static JsonObject Page(IReadOnlyList<JsonObject> items, GraphRequest request, int defaultLimit = 25, int maxLimit = 100)
    {
        var limit = (int)Math.Clamp(request.Long("limit") ?? defaultLimit, 1, maxLimit);
        var start = 0;
        if (Decode(request["after"]) is { } after)
        {
            start = after + 1;
        }
        else if (Decode(request["before"]) is { } before)
        {
            start = Math.Max(0, before - limit);
        }
        start = Math.Min(start, items.Count);
        var end = Math.Min(items.Count, start + limit);
        var selection = request.FieldSelection;
        var data = new JsonArray();
        for (var i = start; i < end; i++)
        {
            data.Add(Fields.Project(items[i], selection));
        }
        var result = new JsonObject { ["data"] = data };
        if (end > start)
        {
            var paging = new JsonObject
            {
                ["cursors"] = new JsonObject { ["before"] = Encode(start), ["after"] = Encode(end - 1) },
            };
            if (end < items.Count)
            {
                paging["next"] = Link(request, limit, "after", Encode(end - 1));
            }
            if (start > 0)
            {
                paging["previous"] = Link(request, limit, "before", Encode(start));
            }
            result["paging"] = paging;
        }
        return result;
    }

    private static string Link(GraphRequest request, int limit, string cursorName, string cursor)
    {
        var query = new List<string>();
        foreach (var name in request.Names)
        {
            if (name is "after" or "before" or "limit")
            {
                continue;
            }
            query.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(request[name] ?? "")}");
        }
        if (!request.Has("access_token") && request.Token is not null)
        {
            query.Add("access_token=" + Uri.EscapeDataString(request.Token));
        }
        query.Add("limit=" + limit.ToString(CultureInfo.InvariantCulture));
        query.Add($"{cursorName}={cursor}");
        return request.Url + "?" + string.Join('&', query);
    }

    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("QVFI:" + index.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static int? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var padded = cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            if (text.StartsWith("QVFI:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
            // fall through to the Graph error below
        }
        throw GraphException.Parameter("(#100) Invalid cursor");
    }

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);
}
