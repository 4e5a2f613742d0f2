namespace Cadence.Instagram;

/// <summary>The code exchange's answer: a 1-hour token, the app-scoped user id (a string: it can exceed 2^53) and the granted scopes.</summary>
public sealed record ShortLivedToken(string AccessToken, string UserId, IReadOnlyList<string> Permissions, TokenLifetime Lifetime)
{
    public override string ToString() => $"ShortLivedToken {{ UserId = {UserId}, Permissions = {string.Join(',', Permissions)}, ExpiresAt = {Lifetime.ExpiresAt:O} }}";
}

/// <summary>A 60-day token from the long-lived exchange or a refresh.</summary>
public sealed record LongLivedToken(string AccessToken, string TokenType, TokenLifetime Lifetime)
{
    public override string ToString() => $"LongLivedToken {{ TokenType = {TokenType}, ExpiresAt = {Lifetime.ExpiresAt:O} }}";
}
