using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram;

/// <summary>The receiving side of webhooks: the subscription handshake and the signature check over the raw body.</summary>
public sealed class InstagramWebhooks(IOptions<InstagramOptions> options)
{
    public const string SignatureHeader = "X-Hub-Signature-256";
    private const string SignaturePrefix = "sha256=";

    /// <summary>A batch holds at most 1000 updates; anything far larger is not Meta.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>The handshake from a callback's query string (<c>hub.mode</c>, or <c>hub_mode</c> as some proxies rewrite it).</summary>
    public string? VerifySubscription(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return VerifySubscription(Hub(query, "mode"), Hub(query, "verify_token"), Hub(query, "challenge"));
    }

    /// <summary>Reads the raw body, checks <c>X-Hub-Signature-256</c> over those exact bytes, then parses. Null means answer 403/400.</summary>
    public async Task<WebhookPayload?> ReadSignedAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > MaxBodyBytes || !IsSignatureValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), request.Headers[SignatureHeader]))
        {
            return null;
        }

        try
        {
            return WebhookParser.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Hub(IQueryCollection query, string name) =>
        query.TryGetValue($"hub.{name}", out var dotted) ? dotted.ToString()
        : query.TryGetValue($"hub_{name}", out var underscored) ? underscored.ToString()
        : null;

    /// <summary>The challenge to answer with 200 when mode is <c>subscribe</c> and the token matches; null means answer 403.</summary>
    public string? VerifySubscription(string? mode, string? verifyToken, string? challenge)
    {
        var expected = options.Value.WebhookVerifyToken;
        if (mode != "subscribe" || string.IsNullOrEmpty(expected) || verifyToken is null || string.IsNullOrEmpty(challenge))
        {
            return null;
        }

        return FixedTimeEquals(Encoding.UTF8.GetBytes(verifyToken), Encoding.UTF8.GetBytes(expected)) ? challenge : null;
    }

    /// <summary>True when <paramref name="signatureHeader"/> is <c>sha256=</c> + the HMAC-SHA256 of the raw body keyed with the app secret.</summary>
    public bool IsSignatureValid(ReadOnlySpan<byte> rawBody, string? signatureHeader)
    {
        var secret = options.Value.AppSecret;
        if (string.IsNullOrEmpty(secret) || signatureHeader is null || !signatureHeader.StartsWith(SignaturePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signatureHeader.AsSpan(SignaturePrefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), rawBody);
        return FixedTimeEquals(given, expected);
    }

    /// <summary>The header value Meta would send for <paramref name="rawBody"/> (for tests and the sandbox-facing tools).</summary>
    public static string Sign(ReadOnlySpan<byte> rawBody, string secret) =>
        SignaturePrefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), rawBody));

    private static bool FixedTimeEquals(byte[] left, byte[] right) =>
        left.Length == right.Length && CryptographicOperations.FixedTimeEquals(left, right);
}
