namespace Cadence.Instagram;

/// <summary>When a token was issued and when it expires, from the injected clock and <c>expires_in</c>.</summary>
public sealed record TokenLifetime(DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Instagram refuses to refresh a long-lived token younger than this.</summary>
    public static readonly TimeSpan MinimumAgeBeforeRefresh = TimeSpan.FromHours(24);

    public static TokenLifetime From(DateTimeOffset issuedAt, TimeSpan expiresIn) => new(issuedAt, issuedAt + expiresIn);

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public TimeSpan Remaining(DateTimeOffset now) => IsExpired(now) ? TimeSpan.Zero : ExpiresAt - now;

    /// <summary>At least 24 h old and not expired: the only window in which <c>refresh_access_token</c> succeeds.</summary>
    public bool CanRefresh(DateTimeOffset now) => now - IssuedAt >= MinimumAgeBeforeRefresh && !IsExpired(now);

    /// <summary>Refreshable and within <paramref name="margin"/> of expiry: time to refresh.</summary>
    public bool ShouldRefresh(DateTimeOffset now, TimeSpan margin) => CanRefresh(now) && Remaining(now) <= margin;
}
