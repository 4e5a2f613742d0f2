namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>Sends requests as htmx does from a page: the page's cookies, <c>HX-Request</c>, and the layout's antiforgery header.</summary>
public static class HtmxRequests
{
    public const string TokenHeader = "RequestVerificationToken";

    /// <summary>The token the layout hands htmx in <c>&lt;body hx-headers&gt;</c>.</summary>
    public static Task<string> TokenAsync(IPage page) =>
        page.EvaluateAsync<string>("() => JSON.parse(document.body.getAttribute('hx-headers')).RequestVerificationToken");

    /// <summary>POSTs to <paramref name="path"/> from <paramref name="page"/>, with the token when one is given; redirects are not followed.</summary>
    public static Task<IAPIResponse> PostAsync(IPage page, string path, string? token)
    {
        var headers = new Dictionary<string, string> { ["HX-Request"] = "true" };
        if (token is not null)
        {
            headers[TokenHeader] = token;
        }

        return page.APIRequest.PostAsync(path, new() { Headers = headers, MaxRedirects = 0 });
    }
}
