namespace Cadence.Instagram;

public static class AuthorizationCode
{
    /// <summary>The redirect appends <c>#_</c> to the code; it is not part of it.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        return trimmed.EndsWith("#_", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
