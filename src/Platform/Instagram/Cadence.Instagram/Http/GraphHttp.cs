using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram.Http;

/// <summary>The one place that builds Graph URLs, sends the token and turns error envelopes into exceptions.</summary>
internal sealed class GraphHttp(HttpClient http, IOptions<InstagramOptions> options)
{
    private readonly InstagramOptions options = options.Value;

    public Task<T> GetAsync<T>(string token, string path, Parameters? query, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, token, path, query, body: null, cancellationToken);

    public Task<T> PostFormAsync<T>(string token, string path, Parameters form, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, token, path, query: null, new FormUrlEncodedContent(form.Pairs), cancellationToken);

    public Task<T> PostJsonAsync<T>(string token, string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Post, token, path, query: null, JsonContent.Create(body, body.GetType(), options: GraphJson.Options), cancellationToken);

    public Task<T> DeleteAsync<T>(string token, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Delete, token, path, query: null,
            body is null ? null : JsonContent.Create(body, body.GetType(), options: GraphJson.Options), cancellationToken);

    /// <summary>Unversioned token endpoints (<c>/access_token</c>, <c>/refresh_access_token</c>) take the token in the query, as documented.</summary>
    public Task<T> GetUnversionedAsync<T>(string path, Parameters query, CancellationToken cancellationToken) =>
        SendCoreAsync<T>(new HttpRequestMessage(HttpMethod.Get, Url(path, query, versioned: false)), cancellationToken);

    private Task<T> SendAsync<T>(HttpMethod method, string token, string path, Parameters? query, HttpContent? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, Url(path, query, versioned: true)) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return SendCoreAsync<T>(request, cancellationToken);
    }

    private async Task<T> SendCoreAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await Transport.SendAsync(http, request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || HasErrorEnvelope(text))
            {
                throw new InstagramApiException(InstagramErrorParser.Parse(response.StatusCode, text, response.Headers));
            }

            try
            {
                return JsonSerializer.Deserialize<T>(text, GraphJson.Options)
                    ?? throw new InstagramApiException(Unreadable(response, "empty body"));
            }
            catch (JsonException exception)
            {
                throw new InstagramApiException(Unreadable(response, exception.Message));
            }
        }
    }

    private static InstagramError Unreadable(HttpResponseMessage response, string detail) =>
        new(InstagramErrorKind.Unknown, response.StatusCode, (int)response.StatusCode, null, $"Unreadable Instagram response: {detail}");

    private static bool HasErrorEnvelope(string text) =>
        text.StartsWith("{\"error\"", StringComparison.Ordinal);

    private Uri Url(string path, Parameters? query, bool versioned)
    {
        var builder = new StringBuilder(options.GraphBaseUrl.TrimEnd('/')).Append('/');
        if (versioned)
        {
            builder.Append(options.ApiVersion).Append('/');
        }

        builder.Append(path.TrimStart('/'));
        if (query is not null && query.Pairs.Count > 0)
        {
            builder.Append('?').Append(query.ToQueryString());
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    internal static string Segment(string id) =>
        Uri.EscapeDataString(id ?? throw new ArgumentNullException(nameof(id)));
}
