using Cadence.BuildingBlocks.Results;

namespace Cadence.Composer.Contracts.Posts;

/// <summary>What the Scheduler reads to publish a post; works without a signed-in member (background jobs).</summary>
public interface IPublishablePosts
{
    /// <summary>The post as it is now, or not_found when the agency has no such post.</summary>
    Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken);
}
