using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cadence.Testing;

/// <summary>Reads pages and posts forms the way a browser would, antiforgery token included.</summary>
public static class HtmlForms
{
    public const string HtmxHeader = "HX-Request";

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The token a page hands out: in a form's hidden field, or in the layout's hx-headers for htmx requests.</summary>
    public static string AntiforgeryToken(IHtmlDocument document)
    {
        if (document.QuerySelector("input[name=__RequestVerificationToken]") is IHtmlInputElement input)
        {
            return input.Value;
        }

        var headers = document.Body?.GetAttribute("hx-headers")
            ?? throw new InvalidOperationException("The page carries no antiforgery token.");
        return JsonDocument.Parse(headers).RootElement.GetProperty("RequestVerificationToken").GetString()!;
    }

    /// <summary>Opens <paramref name="pageUrl"/> and posts <paramref name="fields"/> to <paramref name="actionUrl"/> (the page itself when null).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? actionUrl = null, bool htmx = false)
    {
        var token = AntiforgeryToken(await client.GetDocumentAsync(pageUrl));
        return await client.PostWithTokenAsync(actionUrl ?? pageUrl, token, fields, htmx);
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient client, string url, string token, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative));
        var body = fields.ToList();
        if (htmx)
        {
            request.Headers.Add(HtmxHeader, "true");
            request.Headers.Add("RequestVerificationToken", token);
        }
        else
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        request.Content = new FormUrlEncodedContent(body);
        return await client.SendAsync(request);
    }

    public static async Task<IHtmlDocument> GetFragmentAsync(this HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(HtmxHeader, "true");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }
}
