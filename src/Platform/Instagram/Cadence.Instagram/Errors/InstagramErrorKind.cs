namespace Cadence.Instagram;

/// <summary>What a failed Instagram call means for the caller, decided from code and subcode (never from <c>type</c>).</summary>
public enum InstagramErrorKind
{
    /// <summary>Not recognised; look at Code/Subcode.</summary>
    Unknown,

    /// <summary>Code 190 or 102: the token expired, was revoked or is invalid; the account must be reconnected.</summary>
    TokenInvalid,

    /// <summary>Throttled (4, 17, 32, 341, 613, 80002, 4/2207051); wait <see cref="InstagramError.RetryAfter"/> before calling again.</summary>
    RateLimited,

    /// <summary>9/2207042: the rolling 24-hour publishing quota is used up.</summary>
    PublishingQuotaReached,

    /// <summary>9007/2207027: the container is still processing; poll its status, then publish.</summary>
    MediaNotReady,

    /// <summary>The container expired or does not exist (-2/2207020, 24/2207008, 24/2207006); create a new one.</summary>
    ContainerUnavailable,

    /// <summary>Instagram refused the media or its options; <see cref="InstagramError.UserMessage"/> says why, for the author.</summary>
    MediaRejected,

    /// <summary>The account is restricted or blocked by policy (25/2207050, 368).</summary>
    AccountRestricted,

    /// <summary>A permission (scope) is missing: code 3, 10 or 200–299.</summary>
    PermissionMissing,

    /// <summary>10/2534022: the 24-hour messaging window is closed.</summary>
    OutsideMessagingWindow,

    /// <summary>Worth retrying later: is_transient, 5xx, codes 1, 2, -1/2207001, -1/2207032.</summary>
    Transient,

    /// <summary>100/33 or 404: the object does not exist or cannot be seen with this token.</summary>
    NotFound,

    /// <summary>Any other invalid parameter (code 100), or a refused OAuth code.</summary>
    InvalidRequest,
}
