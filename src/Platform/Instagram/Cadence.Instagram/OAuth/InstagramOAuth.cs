using System.Text.Json;
using Cadence.Instagram.Http;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram.OAuth;

internal sealed class InstagramOAuth(HttpClient http, GraphHttp graph, IOptions<InstagramOptions> options, TimeProvider clock) : IInstagramOAuth
{
    private static readonly TimeSpan ShortLivedLifetime = TimeSpan.FromHours(1);
    private readonly InstagramOptions options = options.Value;

    public Uri BuildAuthorizeUrl(AuthorizeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.State);
        RequireConfigured();
        var query = new Parameters()
            .Add("client_id", options.AppId)
            .Add("redirect_uri", options.RedirectUri)
            .Add("response_type", "code")
            .Add("scope", request.Scopes ?? InstagramScopes.All)
            .Add("state", request.State)
            .Add("force_authentication", request.ForceAuthentication ? "1" : null)
            .Add("enable_fb_login", request.EnableFacebookLogin ? "1" : "0");
        return new Uri($"{options.AuthBaseUrl.TrimEnd('/')}/oauth/authorize?{query.ToQueryString()}", UriKind.Absolute);
    }

    public async Task<ShortLivedToken> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var form = new Parameters()
            .Add("client_id", options.AppId)
            .Add("client_secret", options.AppSecret)
            .Add("grant_type", "authorization_code")
            .Add("redirect_uri", options.RedirectUri)
            .Add("code", AuthorizationCode.Normalize(code));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{options.ApiBaseUrl.TrimEnd('/')}/oauth/access_token", UriKind.Absolute))
        {
            Content = new FormUrlEncodedContent(form.Pairs),
        };
        using var response = await Transport.SendAsync(http, request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InstagramApiException(InstagramErrorParser.Parse(response.StatusCode, text, response.Headers));
        }

        return CodeExchangeResponse.Parse(text, TokenLifetime.From(clock.GetUtcNow(), ShortLivedLifetime))
            ?? throw new InstagramApiException(new InstagramError(InstagramErrorKind.Unknown, response.StatusCode, 0, null, "The code exchange answered without an access token."));
    }

    public async Task<LongLivedToken> ExchangeForLongLivedAsync(string shortLivedToken, CancellationToken cancellationToken = default)
    {
        var query = new Parameters()
            .Add("grant_type", "ig_exchange_token")
            .Add("client_secret", options.AppSecret)
            .Add("access_token", shortLivedToken);
        return ToToken(await graph.GetUnversionedAsync<TokenResponse>("access_token", query, cancellationToken).ConfigureAwait(false));
    }

    public async Task<LongLivedToken> RefreshAsync(string longLivedToken, CancellationToken cancellationToken = default)
    {
        var query = new Parameters()
            .Add("grant_type", "ig_refresh_token")
            .Add("access_token", longLivedToken);
        return ToToken(await graph.GetUnversionedAsync<TokenResponse>("refresh_access_token", query, cancellationToken).ConfigureAwait(false));
    }

    private void RequireConfigured()
    {
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppSecret) || string.IsNullOrWhiteSpace(options.RedirectUri))
        {
            throw new InvalidOperationException("Instagram:AppId, Instagram:AppSecret and Instagram:RedirectUri must be configured to connect accounts (see docs/instagram.md).");
        }
    }

    private LongLivedToken ToToken(TokenResponse response) =>
        new(response.AccessToken, response.TokenType ?? "bearer", TokenLifetime.From(clock.GetUtcNow(), TimeSpan.FromSeconds(response.ExpiresIn)));

    internal sealed record TokenResponse(string AccessToken, string? TokenType, long ExpiresIn);
}

internal static class CodeExchangeResponse
{
    public static ShortLivedToken? Parse(string json, TokenLifetime lifetime)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0)
        {
            root = data[0];
        }

        if (!root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return new ShortLivedToken(token.GetString()!, IdText(root, "user_id"), Permissions(root), lifetime);
    }

    // A numeric user_id can exceed 2^53: keep its digits exactly as sent.
    private static string IdText(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? string.Empty
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : value.GetRawText();

    private static List<string> Permissions(JsonElement root)
    {
        if (!root.TryGetProperty("permissions", out var value))
        {
            return [];
        }

        var items = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            JsonValueKind.String => value.GetString()!.Split(',', ' '),
            _ => [],
        };
        return items.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }
}
