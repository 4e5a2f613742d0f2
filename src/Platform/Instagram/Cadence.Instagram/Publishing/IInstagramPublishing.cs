namespace Cadence.Instagram;

/// <summary>Containers, status polling, publishing, the quota and the first comment.</summary>
public interface IInstagramPublishing
{
    /// <summary>POST /IG_ID/media. Throws <see cref="InstagramValidationException"/> without calling when the request breaks Instagram's limits.</summary>
    Task<string> CreateContainerAsync(AccountAccess access, ContainerRequest request, CancellationToken cancellationToken = default);

    /// <summary>GET /CONTAINER_ID?fields=status_code,status,id (retried on transient failures: it is a read).</summary>
    Task<ContainerStatus> GetContainerStatusAsync(string token, string containerId, CancellationToken cancellationToken = default);

    /// <summary>Polls until the container leaves IN_PROGRESS or <paramref name="timeout"/> passes (Meta: once a minute, at most 5 minutes).</summary>
    Task<ContainerStatus> WaitForContainerAsync(string token, string containerId, TimeSpan interval, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>POST /IG_ID/media_publish. Sent exactly once: on failure, check the container before deciding to publish again.</summary>
    Task<string> PublishAsync(AccountAccess access, string containerId, CancellationToken cancellationToken = default);

    /// <summary>GET /IG_ID/content_publishing_limit.</summary>
    Task<PublishingLimit> GetPublishingLimitAsync(AccountAccess access, DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>POST /MEDIA_ID/comments: the first comment under a just-published post.</summary>
    Task<string> PostFirstCommentAsync(string token, string mediaId, string message, CancellationToken cancellationToken = default);
}
