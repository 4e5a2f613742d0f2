using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram;

/// <summary>The receiving side of webhooks: the subscription handshake and the signature check over the raw body.</summary>
public sealed class InstagramWebhooks(IOptions<InstagramOptions> options)
{
    public const string SignatureHeader = "X-Hub-Signature-256";
    private const string SignaturePrefix = "sha256=";

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
