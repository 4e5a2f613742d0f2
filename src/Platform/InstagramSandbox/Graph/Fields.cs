using System.Text.Json.Nodes;

namespace Cadence.InstagramSandbox.Graph;

internal sealed record FieldSpec(string Name, IReadOnlyList<FieldSpec>? Children);

/// <summary>Parses <c>fields=a,b{c,d{e}}</c> and projects full nodes onto the selection.</summary>
internal static class Fields
{
    public static readonly IReadOnlyList<FieldSpec> IdOnly = [new("id", null)];

    public static IReadOnlyList<FieldSpec> Parse(string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return IdOnly;
        }
        var position = 0;
        return ParseList(fields, ref position);
    }

    private static List<FieldSpec> ParseList(string text, ref int position)
    {
        var result = new List<FieldSpec>();
        var name = new System.Text.StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            switch (c)
            {
                case ',':
                    Add(result, name, null);
                    break;
                case '{':
                    var children = ParseList(text, ref position);
                    Add(result, name, children);
                    break;
                case '}':
                    Add(result, name, null);
                    return result;
                default:
                    name.Append(c);
                    break;
            }
        }
        Add(result, name, null);
        return result;
    }

    private static void Add(List<FieldSpec> result, System.Text.StringBuilder name, List<FieldSpec>? children)
    {
        var raw = name.ToString().Trim();
        name.Clear();
        if (raw.Length == 0)
        {
            return;
        }
        // Edge modifiers such as replies.limit(5) or mentioned_media.media_id(1){...}: keep the edge name.
        var dot = raw.IndexOf('.', StringComparison.Ordinal);
        result.Add(new FieldSpec(dot > 0 ? raw[..dot] : raw, children));
    }

    public static JsonObject Project(JsonObject full, IReadOnlyList<FieldSpec> specs)
    {
        var result = new JsonObject();
        foreach (var spec in specs)
        {
            if (!full.TryGetPropertyValue(spec.Name, out var value) || value is null || result.ContainsKey(spec.Name))
            {
                continue;
            }
            result[spec.Name] = ProjectValue(value, spec.Children);
        }
        if (!result.ContainsKey("id") && full["id"] is { } id && specs.Count == 0)
        {
            result["id"] = id.DeepClone();
        }
        return result;
    }

    private static JsonNode ProjectValue(JsonNode value, IReadOnlyList<FieldSpec>? children)
    {
        if (value is JsonObject edge && edge["data"] is JsonArray data && edge.Count <= 2)
        {
            var projected = new JsonArray();
            foreach (var item in data)
            {
                projected.Add(item is JsonObject o ? Project(o, children ?? IdOnly) : item?.DeepClone());
            }
            var copy = new JsonObject { ["data"] = projected };
            if (edge["paging"] is { } paging)
            {
                copy["paging"] = paging.DeepClone();
            }
            return copy;
        }
        if (value is JsonObject obj && children is not null)
        {
            return Project(obj, children);
        }
        return value.DeepClone();
    }
}
