using System.Net;

namespace Cadence.Instagram;

/// <summary>A parsed Instagram error envelope.</summary>
public sealed record InstagramError(
    InstagramErrorKind Kind,
    HttpStatusCode Status,
    int Code,
    int? Subcode,
    string Message,
    string? UserTitle = null,
    string? UserMessageText = null,
    bool IsTransient = false,
    string? TraceId = null,
    TimeSpan? RetryAfter = null)
{
    /// <summary>True when the person must sign in to Instagram again (code 190/102).</summary>
    public bool RequiresReconnect => Kind == InstagramErrorKind.TokenInvalid;

    /// <summary>The human-readable reason for the person who composed the post: <c>error_user_msg</c> when given.</summary>
    public string UserMessage => string.IsNullOrWhiteSpace(UserMessageText) ? Message : UserMessageText;
}
