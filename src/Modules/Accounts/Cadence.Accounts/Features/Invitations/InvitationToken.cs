using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cadence.Accounts.Features.Invitations;

/// <summary>The secret in an invitation link. Only its hash is stored, so a copy of the database cannot accept invitations.</summary>
internal static class InvitationToken
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
