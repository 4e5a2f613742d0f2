using Cadence.BuildingBlocks.Events;

namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>
/// A post went out to one Instagram account. Raised once per account, in the save that records it as published.
/// <paramref name="MediaId"/> and <paramref name="Permalink"/> are null when Instagram did not tell them (a publish
/// settled by reconciliation whose media could not be found among the account's recent posts).
/// </summary>
public sealed record PostPublished(
    Guid ClientId,
    Guid PostId,
    Guid InstagramAccountId,
    string? MediaId,
    string? Permalink,
    DateTime PublishedAtUtc) : IntegrationEvent;
