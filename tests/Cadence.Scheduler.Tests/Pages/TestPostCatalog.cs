using System.Collections.Concurrent;
using Cadence.Composer.Contracts.Posts;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>Cards set by the test; the calendar already limits posts to visible clients itself.</summary>
public sealed class TestPostCatalog : IPostCatalog
{
    private readonly ConcurrentDictionary<Guid, PostCard> _cards = new();

    public void Set(PostCard card) => _cards[card.PostId] = card;

    public Task<IReadOnlyList<PostCard>> GetAsync(IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostCard>>(postIds.Where(_cards.ContainsKey).Select(id => _cards[id]).ToList());

    public Task<IReadOnlyList<PostCard>> ListApprovedAsync(Guid? clientId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostCard>>(_cards.Values.Where(c => c.IsApproved && (clientId is null || c.ClientId == clientId)).ToList());
}
