namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>A booked post: when it is due and how publishing to each of its accounts stands.</summary>
public sealed record PostPublishStatus(Guid PostId, Guid ClientId, DateTime DueAtUtc, IReadOnlyList<AccountPublishStatus> Accounts);

/// <summary>
/// Publishing one post to one account. <see cref="Problem"/> is the sentence shown on the post (why it failed, was
/// missed or is held, or when it is tried again); <see cref="MediaId"/> and <see cref="Permalink"/> are set once published.
/// </summary>
public sealed record AccountPublishStatus(
    Guid InstagramAccountId,
    PublishState State,
    DateTime DueAtUtc,
    string? MediaId,
    string? Permalink,
    DateTime? PublishedAtUtc,
    string? Problem);
