using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>One Graph call: method, path segments (version prefix removed) and every parameter from query, form or JSON body.</summary>
internal sealed partial class GraphRequest
{
    private readonly Dictionary<string, string> parameters = new(StringComparer.Ordinal);

    public required string Method { get; init; }
    public required IReadOnlyList<string> Segments { get; init; }
    public required string Url { get; init; }
    public string? Token { get; private set; }
    public JsonObject? JsonBody { get; private set; }

    public string? this[string name] => parameters.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => parameters.ContainsKey(name);

    public IEnumerable<string> Names => parameters.Keys;

    public IReadOnlyList<FieldSpec> FieldSelection => Fields.Parse(this["fields"]);

    public static async Task<GraphRequest> ReadAsync(HttpContext context, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && VersionPattern().IsMatch(segments[0]))
        {
            segments.RemoveAt(0);
        }
        var request = new GraphRequest
        {
            Method = context.Request.Method.ToUpperInvariant(),
            Segments = segments,
            Url = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}",
        };
        foreach (var (key, value) in context.Request.Query)
        {
            request.parameters[key] = value.ToString();
        }
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, value) in form)
            {
                request.parameters[key] = value.ToString();
            }
        }
        else if (context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            if (!string.IsNullOrWhiteSpace(text))
            {
                JsonNode? node;
                try
                {
                    node = JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    throw GraphException.Parameter("(#100) Invalid JSON in the request body");
                }
                if (node is JsonObject body)
                {
                    request.JsonBody = body;
                    foreach (var (key, value) in body)
                    {
                        request.parameters[key] = value switch
                        {
                            null => "",
                            JsonValue v when v.TryGetValue<string>(out var s) => s,
                            _ => value.ToJsonString(),
                        };
                    }
                }
            }
        }
        request.Token = request["access_token"];
        var authorization = context.Request.Headers.Authorization.ToString();
        if (request.Token is null && authorization.Length > 0)
        {
            var space = authorization.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && (authorization[..space].Equals("Bearer", StringComparison.OrdinalIgnoreCase)
                || authorization[..space].Equals("OAuth", StringComparison.OrdinalIgnoreCase)))
            {
                request.Token = authorization[(space + 1)..].Trim();
            }
        }
        return request;
    }

    public string Required(string name) =>
        this[name] is { Length: > 0 } value ? value : throw GraphException.Parameter($"(#100) The parameter {name} is required");

    public bool? Bool(string name) => this[name] switch
    {
        null or "" => null,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "1" => true,
        var v when v.Equals("false", StringComparison.OrdinalIgnoreCase) || v == "0" => false,
        _ => throw GraphException.Parameter($"(#100) Param {name} must be a boolean"),
    };

    public long? Long(string name) => this[name] switch
    {
        null or "" => null,
        var v when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw GraphException.Parameter($"(#100) Param {name} must be an integer"),
    };

    /// <summary>A list parameter sent as a JSON array or a comma-separated string.</summary>
    public List<string> List(string name)
    {
        var raw = this[name];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        raw = raw.Trim();
        if (raw.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(raw) is JsonArray array
                    ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n?.ToJsonString() ?? "").ToList()
                    : [];
            }
            catch (JsonException)
            {
                throw GraphException.Parameter($"(#100) Param {name} must be a JSON array");
            }
        }
        return raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    public JsonNode? Json(string name)
    {
        if (JsonBody?[name] is { } node)
        {
            return node;
        }
        var raw = this[name];
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            throw GraphException.Parameter($"(#100) Param {name} must be JSON");
        }
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex VersionPattern();
}
