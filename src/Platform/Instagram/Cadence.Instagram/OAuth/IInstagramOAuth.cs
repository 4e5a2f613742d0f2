namespace Cadence.Instagram;

/// <summary>Business Login for Instagram: authorize URL, code exchange, long-lived exchange, refresh.</summary>
public interface IInstagramOAuth
{
    Uri BuildAuthorizeUrl(AuthorizeRequest request);

    /// <summary>POST oauth/access_token; accepts the documented <c>data[]</c> shape and the flat one seen in practice.</summary>
    Task<ShortLivedToken> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default);

    Task<LongLivedToken> ExchangeForLongLivedAsync(string shortLivedToken, CancellationToken cancellationToken = default);

    /// <summary>Refreshes a long-lived token at least 24 h old; the result is valid for a new 60 days.</summary>
    Task<LongLivedToken> RefreshAsync(string longLivedToken, CancellationToken cancellationToken = default);
}
