using System.Net;
using System.Text;

namespace Cadence.Instagram.Tests.Support;

/// <summary>Answers requests from a queue of responses and records what was sent (URL, method, headers, body text).</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> responses = new();

    public List<RecordedRequest> Requests { get; } = [];

    public StubHandler Reply(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public StubHandler ReplyOk(string json) => Reply(HttpStatusCode.OK, json);

    public StubHandler FailConnection()
    {
        responses.Enqueue(() => throw new HttpRequestException("Connection refused"));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.MediaType, body));
        if (responses.Count == 0)
        {
            throw new InvalidOperationException($"No stub response left for {request.Method} {request.RequestUri}.");
        }

        var response = responses.Dequeue()();
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Url, string? Authorization, string? ContentType, string? Body)
{
    public string PathAndQuery => Url.PathAndQuery;

    public Dictionary<string, string> Query => Parse(Url.Query.TrimStart('?'));

    public Dictionary<string, string> Form => Parse(Body ?? string.Empty);

    private static Dictionary<string, string> Parse(string text) =>
        text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty);
}
