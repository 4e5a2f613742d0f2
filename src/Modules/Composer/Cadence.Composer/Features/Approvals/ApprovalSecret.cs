using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cadence.Composer.Features.Approvals;

/// <summary>The random secret in a client approval link. Only its hash is stored, so a copy of the database opens nothing.</summary>
internal static class ApprovalSecret
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
