using Cadence.BuildingBlocks.Events;

namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>
/// A post did not go out to one Instagram account and a person has to act: it failed, missed its time, or is held.
/// <paramref name="Reason"/> is the sentence shown on the post.
/// </summary>
public sealed record PostPublishFailed(
    Guid ClientId,
    Guid PostId,
    Guid InstagramAccountId,
    string Reason,
    PublishProblemKind Kind,
    PublishHoldCause? HoldCause = null) : IntegrationEvent;
