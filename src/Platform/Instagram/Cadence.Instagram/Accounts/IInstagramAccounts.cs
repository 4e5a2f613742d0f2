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

    /// <summary>One page of GET /IG_ID/stories (live for 24 h only).</summary>
    Task<InstagramPage<InstagramMedia>> GetStoriesPageAsync(AccountAccess access, PageCursor? cursor = null, CancellationToken cancellationToken = default);

    /// <summary>POST /IG_ID/subscribed_apps: the account starts sending the app's webhook fields (e.g. comments, messages).</summary>
    Task SubscribeToWebhooksAsync(AccountAccess access, IReadOnlyList<string> fields, CancellationToken cancellationToken = default);

    /// <summary>DELETE /IG_ID/subscribed_apps.</summary>
    Task UnsubscribeFromWebhooksAsync(AccountAccess access, CancellationToken cancellationToken = default);

    /// <summary>POST /MEDIA_ID?comment_enabled=true|false.</summary>
    Task SetCommentsEnabledAsync(string token, string mediaId, bool enabled, CancellationToken cancellationToken = default);
}
