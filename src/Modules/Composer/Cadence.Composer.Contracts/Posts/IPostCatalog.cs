namespace Cadence.Composer.Contracts.Posts;

/// <summary>The current agency's posts, limited to the clients the current member may see.</summary>
public interface IPostCatalog
{
    /// <summary>The cards of the given posts that exist and are visible; others are left out.</summary>
    Task<IReadOnlyList<PostCard>> GetAsync(IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken);

    /// <summary>Approved posts, newest change first: what can be scheduled. One client's, or every visible client's.</summary>
    Task<IReadOnlyList<PostCard>> ListApprovedAsync(Guid? clientId, CancellationToken cancellationToken);
}
