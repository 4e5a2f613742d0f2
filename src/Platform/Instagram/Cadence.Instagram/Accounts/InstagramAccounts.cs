using Cadence.Instagram.Http;

namespace Cadence.Instagram.Accounts;

internal sealed class InstagramAccounts(GraphHttp graph) : IInstagramAccounts
{
    public const string AccountFields = "id,user_id,username,name,account_type,profile_picture_url,followers_count,follows_count,media_count";
    public const string MediaFields = "id,caption,media_type,media_product_type,media_url,thumbnail_url,permalink,shortcode,timestamp,like_count,comments_count,username,is_comment_enabled,is_shared_to_feed,alt_text,children{id,media_type,media_url,thumbnail_url}";

    public Task<InstagramAccount> GetAccountAsync(AccountAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return graph.GetAsync<InstagramAccount>(access.AccessToken, GraphHttp.Segment(access.AccountId), new Parameters().Add("fields", AccountFields), cancellationToken);
    }

    public async Task<InstagramPage<InstagramMedia>> GetMediaPageAsync(AccountAccess access, PageCursor? cursor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = new Parameters().Add("fields", MediaFields).AddCursor(cursor);
        var page = await graph.GetAsync<GraphPage<InstagramMedia>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/media", query, cancellationToken).ConfigureAwait(false);
        return page.ToPage();
    }

    public IAsyncEnumerable<InstagramMedia> GetAllMediaAsync(AccountAccess access, int? pageSize = null, CancellationToken cancellationToken = default) =>
        Pager.ReadAllAsync((cursor, ct) => GetMediaPageAsync(access, cursor, ct), pageSize, cancellationToken);

    public Task<InstagramMedia> GetMediaAsync(string token, string mediaId, CancellationToken cancellationToken = default) =>
        graph.GetAsync<InstagramMedia>(token, GraphHttp.Segment(mediaId), new Parameters().Add("fields", MediaFields), cancellationToken);

    public async Task<InstagramPage<InstagramMedia>> GetStoriesPageAsync(AccountAccess access, PageCursor? cursor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var query = new Parameters().Add("fields", MediaFields).AddCursor(cursor);
        var page = await graph.GetAsync<GraphPage<InstagramMedia>>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/stories", query, cancellationToken).ConfigureAwait(false);
        return page.ToPage();
    }

    public Task SubscribeToWebhooksAsync(AccountAccess access, IReadOnlyList<string> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (fields is null || fields.Count == 0)
        {
            throw new InstagramValidationException([BuildingBlocks.Results.Error.Validation("Fields", "Subscribe to at least one webhook field.")]);
        }

        return graph.PostFormAsync<GraphSuccess>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/subscribed_apps",
            new Parameters().Add("subscribed_fields", fields), cancellationToken);
    }

    public Task UnsubscribeFromWebhooksAsync(AccountAccess access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return graph.DeleteAsync<GraphSuccess>(access.AccessToken, $"{GraphHttp.Segment(access.AccountId)}/subscribed_apps", body: null, cancellationToken);
    }

    public Task SetCommentsEnabledAsync(string token, string mediaId, bool enabled, CancellationToken cancellationToken = default) =>
        graph.PostFormAsync<GraphSuccess>(token, GraphHttp.Segment(mediaId), new Parameters().Add("comment_enabled", enabled), cancellationToken);
}
