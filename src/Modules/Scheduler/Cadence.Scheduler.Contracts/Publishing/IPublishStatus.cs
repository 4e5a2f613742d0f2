namespace Cadence.Scheduler.Contracts.Publishing;

/// <summary>
/// Where publishing a post stands, for other modules, jobs and the public API: needs no signed-in member, so the
/// agency is always named by the caller.
/// </summary>
public interface IPublishStatus
{
    /// <summary>The post's booking and each account's outcome; null when the post is not booked in that agency.</summary>
    Task<PostPublishStatus?> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken);
}
