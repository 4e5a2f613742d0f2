using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Cadence.Instagram;

/// <summary>Turns a failed response into an <see cref="InstagramError"/>: Graph envelopes, the OAuth host's flat shape, or bare statuses.</summary>
public static class InstagramErrorParser
{
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 341, 613, 80002];

    public static InstagramError Parse(HttpStatusCode status, string? body, HttpResponseHeaders? headers = null)
    {
        var wait = headers is null ? null : UsageHeaders.WaitFrom(headers);
        if (!TryParseObject(body, out var root))
        {
            var kind = (int)status >= 500 || status == HttpStatusCode.RequestTimeout ? InstagramErrorKind.Transient
                : status == HttpStatusCode.NotFound ? InstagramErrorKind.NotFound
                : status == HttpStatusCode.TooManyRequests ? InstagramErrorKind.RateLimited
                : InstagramErrorKind.Unknown;
            return new InstagramError(kind, status, (int)status, null, $"HTTP {(int)status} without an error envelope.",
                IsTransient: kind == InstagramErrorKind.Transient,
                RetryAfter: kind == InstagramErrorKind.RateLimited ? wait ?? UsageHeaders.DefaultWait : null);
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            return FromGraphEnvelope(status, error, wait);
        }

        // api.instagram.com answers OAuth failures flat: {"error_type":"OAuthException","code":400,"error_message":"…"}.
        var code = Int(root, "code") ?? (int)status;
        var message = String(root, "error_message") ?? String(root, "error_description") ?? $"HTTP {(int)status}";
        var oauthKind = code == 190 ? InstagramErrorKind.TokenInvalid : (int)status >= 500 ? InstagramErrorKind.Transient : InstagramErrorKind.InvalidRequest;
        return new InstagramError(oauthKind, status, code, null, message, IsTransient: oauthKind == InstagramErrorKind.Transient);
    }

    private static InstagramError FromGraphEnvelope(HttpStatusCode status, JsonElement error, TimeSpan? wait)
    {
        var code = Int(error, "code") ?? (int)status;
        var subcode = Int(error, "error_subcode");
        var transient = error.TryGetProperty("is_transient", out var t) && t.ValueKind == JsonValueKind.True;
        var kind = Classify(status, code, subcode, transient);
        return new InstagramError(
            kind,
            status,
            code,
            subcode,
            String(error, "message") ?? $"Instagram error {code}",
            String(error, "error_user_title"),
            String(error, "error_user_msg"),
            transient || kind == InstagramErrorKind.Transient,
            String(error, "fbtrace_id"),
            kind == InstagramErrorKind.RateLimited ? wait ?? UsageHeaders.DefaultWait : null);
    }

    internal static InstagramErrorKind Classify(HttpStatusCode status, int code, int? subcode, bool transient) => (code, subcode) switch
    {
        (190 or 102, _) => InstagramErrorKind.TokenInvalid,
        (9, 2207042) => InstagramErrorKind.PublishingQuotaReached,
        (9007, _) or (_, 2207027) => InstagramErrorKind.MediaNotReady,
        (-2, 2207020) or (24, 2207008) or (24, 2207006) => InstagramErrorKind.ContainerUnavailable,
        (25, _) or (368, _) => InstagramErrorKind.AccountRestricted,
        (10, 2534022) => InstagramErrorKind.OutsideMessagingWindow,
        (-1, 2207001) or (-1, 2207032) or (1 or 2, null) => InstagramErrorKind.Transient,
        _ when RateLimitCodes.Contains(code) => InstagramErrorKind.RateLimited,
        (3 or 10, _) or (>= 200 and <= 299, _) => InstagramErrorKind.PermissionMissing,
        (100, 33) => InstagramErrorKind.NotFound,
        _ when subcode is >= 2207000 and < 2208000 => InstagramErrorKind.MediaRejected,
        (36000 or 36001 or 36002 or 36003 or 36004 or 352 or 9004 or 506, _) => InstagramErrorKind.MediaRejected,
        _ when transient || (int)status >= 500 => InstagramErrorKind.Transient,
        (100, _) => InstagramErrorKind.InvalidRequest,
        _ => InstagramErrorKind.Unknown,
    };

    private static bool TryParseObject(string? body, out JsonElement root)
    {
        root = default;
        if (string.IsNullOrWhiteSpace(body))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return root.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int? Int(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
