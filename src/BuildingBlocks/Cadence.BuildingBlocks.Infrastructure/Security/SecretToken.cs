using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cadence.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// The random secrets in links sent to people (invitations, reconnect and approval links), OAuth states and browser
/// bindings. Only their hashes are stored, so a copy of the database opens nothing.
/// </summary>
public static class SecretToken
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
