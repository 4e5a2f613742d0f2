using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;

namespace Cadence.Scheduler.FaultHost;

internal sealed class ScenarioPosts(FaultScenario scenario) : IPublishablePosts
{
    public Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken) =>
        Task.FromResult(scenario.Posts.FirstOrDefault(p => p.AgencyId == agencyId && p.PostId == postId) is { } post
            ? Result.Success(post)
            : Result.Failure<PublishablePost>(Error.NotFound("Post")));
}
