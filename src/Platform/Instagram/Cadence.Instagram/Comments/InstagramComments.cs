using Cadence.Instagram.Http;

namespace Cadence.Instagram.Comments;

internal sealed class InstagramComments(GraphHttp graph) : IInstagramComments
{
    public const int MaxPageSize = 50;
    private const string ReplyFields = "id,text,timestamp,username,from,like_count,hidden,parent_id";
    private const string CommentFields = ReplyFields + ",replies{" + ReplyFields + "}";

    public async Task<InstagramPage<InstagramComment>> GetCommentsPageAsync(string token, string mediaId, PageCursor? cursor = null, CancellationToken cancellationToken = default)
    {
        var query = new Parameters().Add("fields", CommentFields).AddCursor(Capped(cursor));
        return (await graph.GetAsync<GraphPage<InstagramComment>>(token, $"{GraphHttp.Segment(mediaId)}/comments", query, cancellationToken).ConfigureAwait(false)).ToPage();
    }

    public IAsyncEnumerable<InstagramComment> GetAllCommentsAsync(string token, string mediaId, CancellationToken cancellationToken = default) =>
        Pager.ReadAllAsync((cursor, ct) => GetCommentsPageAsync(token, mediaId, cursor, ct), MaxPageSize, cancellationToken);

    public Task<InstagramComment> GetCommentAsync(string token, string commentId, CancellationToken cancellationToken = default) =>
        graph.GetAsync<InstagramComment>(token, GraphHttp.Segment(commentId), new Parameters().Add("fields", CommentFields), cancellationToken);

    public async Task<InstagramPage<InstagramComment>> GetRepliesPageAsync(string token, string commentId, PageCursor? cursor = null, CancellationToken cancellationToken = default)
    {
        var query = new Parameters().Add("fields", ReplyFields).AddCursor(Capped(cursor));
        return (await graph.GetAsync<GraphPage<InstagramComment>>(token, $"{GraphHttp.Segment(commentId)}/replies", query, cancellationToken).ConfigureAwait(false)).ToPage();
    }

    public async Task<string> CommentAsync(string token, string mediaId, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return (await graph.PostFormAsync<GraphId>(token, $"{GraphHttp.Segment(mediaId)}/comments", new Parameters().Add("message", message), cancellationToken).ConfigureAwait(false)).Id;
    }

    public async Task<string> ReplyAsync(string token, string commentId, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return (await graph.PostFormAsync<GraphId>(token, $"{GraphHttp.Segment(commentId)}/replies", new Parameters().Add("message", message), cancellationToken).ConfigureAwait(false)).Id;
    }

    public Task SetHiddenAsync(string token, string commentId, bool hidden, CancellationToken cancellationToken = default) =>
        graph.PostFormAsync<GraphSuccess>(token, GraphHttp.Segment(commentId), new Parameters().Add("hide", hidden), cancellationToken);

    public Task DeleteAsync(string token, string commentId, CancellationToken cancellationToken = default) =>
        graph.DeleteAsync<GraphSuccess>(token, GraphHttp.Segment(commentId), body: null, cancellationToken);

    private static PageCursor? Capped(PageCursor? cursor) =>
        cursor?.Limit > MaxPageSize ? cursor with { Limit = MaxPageSize } : cursor;
}
