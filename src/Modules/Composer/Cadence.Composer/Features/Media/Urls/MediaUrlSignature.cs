using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cadence.Composer.Features.Media.Urls;

/// <summary>HMAC-SHA256 over the asset, the file and the expiry, so none of the three can be changed in a URL.</summary>
internal sealed class MediaUrlSignature(MediaSigningKey key)
{
    public string Sign(Guid assetId, MediaVariant variant, long expiresUnixSeconds) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key.Bytes, Payload(assetId, variant, expiresUnixSeconds)));

    public bool IsValid(Guid assetId, MediaVariant variant, long expiresUnixSeconds, string signature)
    {
        var expected = HMACSHA256.HashData(key.Bytes, Payload(assetId, variant, expiresUnixSeconds));
        var given = new byte[expected.Length + 8];
        return Base64Url.TryDecodeFromChars(signature, given, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, given.AsSpan(0, written));
    }

    private static byte[] Payload(Guid assetId, MediaVariant variant, long expires) =>
        Encoding.ASCII.GetBytes($"{assetId:N}/{variant}/{expires}");
}
