namespace Cadence.Instagram;

/// <summary><c>/me</c> under Instagram Login: <see cref="Id"/> is app-scoped, <see cref="UserId"/> is the professional account id (IG_ID).</summary>
public sealed record InstagramAccount(
    string Id,
    string? UserId,
    string? Username,
    string? Name,
    string? AccountType,
    string? ProfilePictureUrl,
    long? FollowersCount,
    long? FollowsCount,
    long? MediaCount);
