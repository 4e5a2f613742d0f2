using Cadence.Instagram.Http;

namespace Cadence.Instagram.Publishing;

internal sealed class InstagramPublishing(GraphHttp graph, TimeProvider clock) : IInstagramPublishing
{
    public async Task<string> CreateContainerAsync(AccountAccess access, ContainerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new InstagramValidationException(errors);
        }

        var created = await graph.PostFormAsync<GraphId>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/media", request.ToParameters(), cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    public async Task<ContainerStatus> GetContainerStatusAsync(string token, string containerId, CancellationToken cancellationToken = default)
    {
        var status = await graph.GetAsync<StatusResponse>(token, GraphHttp.Segment(containerId), new Parameters().Add("fields", "status_code,status,id"), cancellationToken).ConfigureAwait(false);
        return new ContainerStatus(status.Id ?? containerId, ContainerStatus.ParseCode(status.StatusCode), status.Status);
    }

    public async Task<ContainerStatus> WaitForContainerAsync(string token, string containerId, TimeSpan interval, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = clock.GetUtcNow() + timeout;
        while (true)
        {
            var status = await GetContainerStatusAsync(token, containerId, cancellationToken).ConfigureAwait(false);
            if (status.IsFinal || clock.GetUtcNow() + interval > deadline)
            {
                return status;
            }

            await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<string> PublishAsync(AccountAccess access, string containerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var published = await graph.PostFormAsync<GraphId>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/media_publish",
            new Parameters().Add("creation_id", containerId), cancellationToken).ConfigureAwait(false);
        return published.Id;
    }

    public async Task<PublishingLimit> GetPublishingLimitAsync(AccountAccess access, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = new Parameters().Add("fields", "quota_usage,config").Add("since", since?.ToUnixTimeSeconds());
        var response = await graph.GetAsync<GraphData<LimitResponse>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/content_publishing_limit", query, cancellationToken).ConfigureAwait(false);
        var limit = response.Data is { Count: > 0 } data ? data[0] : new LimitResponse(0, null);
        return new PublishingLimit(limit.QuotaUsage, limit.Config?.QuotaTotal,
            limit.Config?.QuotaDuration is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
    }

    public async Task<string> PostFirstCommentAsync(string token, string mediaId, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var created = await graph.PostFormAsync<GraphId>(token, $"{GraphHttp.Segment(mediaId)}/comments", new Parameters().Add("message", message), cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    private sealed record StatusResponse(string? Id, string? StatusCode, string? Status);

    private sealed record LimitResponse(int QuotaUsage, LimitConfig? Config);

    private sealed record LimitConfig(int? QuotaTotal, long? QuotaDuration);
}
