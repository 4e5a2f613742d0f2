namespace Cadence.Instagram;

/// <summary>Account and media reads.</summary>
public interface IInstagramAccounts
{
    /// <summary>GET /me (or /IG_ID) with the account fields.</summary>
    Task<InstagramAccount> GetAccountAsync(AccountAccess access, CancellationToken cancellationToken = default);

    /// <summary>One page of GET /IG_ID/media (stories are not included).</summary>
    Task<InstagramPage<InstagramMedia>> GetMediaPageAsync(AccountAccess access, PageCursor? cursor = null, CancellationToken cancellationToken = default);

    /// <summary>Every media, following the after cursor page by page.</summary>
    IAsyncEnumerable<InstagramMedia> GetAllMediaAsync(AccountAccess access, int? pageSize = null, CancellationToken cancellationToken = default);

    Task<InstagramMedia> GetMediaAsync(string token, string mediaId, CancellationToken cancellationToken = default);
}
