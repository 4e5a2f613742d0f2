using Cadence.Scheduler.Domain;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// Told when publishing crosses a step boundary (what was just saved or answered). Nothing in production listens: the
/// fault tests stop a child process at each boundary to prove a crash there never publishes twice or loses a post.
/// </summary>
internal interface IPublishStepObserver
{
    ValueTask ReachedAsync(PublishBoundary boundary, PublishTarget target, CancellationToken cancellationToken);
}

internal enum PublishBoundary
{
    ChildContainerCreated,
    ContainerCreated,
    ContainerFinished,
    PublishAttemptRecorded,
    PublishCallReturned,
    PublishedRecorded,
    FirstCommentPosted,
}

internal sealed class NoPublishStepObserver : IPublishStepObserver
{
    public ValueTask ReachedAsync(PublishBoundary boundary, PublishTarget target, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
