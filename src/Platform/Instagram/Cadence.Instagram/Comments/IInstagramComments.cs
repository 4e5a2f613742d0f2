namespace Cadence.Instagram;

/// <summary>Comments on media: lists (newest first, at most 50 per page), replies, moderation.</summary>
public interface IInstagramComments
{
    Task<InstagramPage<InstagramComment>> GetCommentsPageAsync(string token, string mediaId, PageCursor? cursor = null, CancellationToken cancellationToken = default);

    IAsyncEnumerable<InstagramComment> GetAllCommentsAsync(string token, string mediaId, CancellationToken cancellationToken = default);

    Task<InstagramComment> GetCommentAsync(string token, string commentId, CancellationToken cancellationToken = default);

    Task<InstagramPage<InstagramComment>> GetRepliesPageAsync(string token, string commentId, PageCursor? cursor = null, CancellationToken cancellationToken = default);

    /// <summary>POST /MEDIA_ID/comments.</summary>
    Task<string> CommentAsync(string token, string mediaId, string message, CancellationToken cancellationToken = default);

    /// <summary>POST /COMMENT_ID/replies.</summary>
    Task<string> ReplyAsync(string token, string commentId, string message, CancellationToken cancellationToken = default);

    /// <summary>POST /COMMENT_ID?hide=true|false.</summary>
    Task SetHiddenAsync(string token, string commentId, bool hidden, CancellationToken cancellationToken = default);

    /// <summary>DELETE /COMMENT_ID (the media owner's token only).</summary>
    Task DeleteAsync(string token, string commentId, CancellationToken cancellationToken = default);
}
