using System.Collections.Concurrent;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>
/// The Composer's snapshot, set by the test. Honest for publishing tests: the real snapshot (captions, signed URLs,
/// approval, rule problems) is tested in the Composer's own tests, and the sandbox fetching its signed URLs end to end.
/// </summary>
public sealed class TestPublishablePosts : IPublishablePosts
{
    private readonly ConcurrentDictionary<(Guid AgencyId, Guid PostId), PublishablePost> _posts = new();

    public void Set(PublishablePost post) => _posts[(post.AgencyId, post.PostId)] = post;

    public Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken) =>
        Task.FromResult(_posts.TryGetValue((agencyId, postId), out var post) ? Result.Success(post) : Result.Failure<PublishablePost>(Error.NotFound("Post")));
}
