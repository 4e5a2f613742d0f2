namespace Cadence.Accounts.Domain;

/// <summary>
/// One trip to Instagram's consent page. Only the hash of its <c>state</c> is stored; it is found by that secret alone
/// (the callback may come without a Cadence sign-in), works once and expires in minutes.
/// </summary>
internal sealed class OAuthAttempt
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string StateHash { get; init; }

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    /// <summary>The signed-in person who started it; null when a client started it from a reconnect link.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Set for a reconnection: the consent must come back with this very account.</summary>
    public Guid? ExpectedAccountId { get; init; }

    public Guid? ReconnectLinkId { get; init; }

    /// <summary>Hash of a cookie set in the browser that started an anonymous attempt, so only that browser can finish it.</summary>
    public string? BrowserBindingHash { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? UsedAtUtc { get; set; }
}
