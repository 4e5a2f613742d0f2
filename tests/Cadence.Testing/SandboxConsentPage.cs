using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cadence.Testing;

/// <summary>The sandbox's "Log in with Instagram" page as a person sees it: its form, hidden fields and account choices.</summary>
internal sealed class SandboxConsentPage(Uri action, IReadOnlyList<KeyValuePair<string, string>> hiddenFields, IReadOnlyDictionary<string, string> accountIds)
{
    public static async Task<SandboxConsentPage> OpenAsync(HttpClient browser, Uri authorizeUrl)
    {
        using var response = await browser.GetAsync(authorizeUrl);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new HttpRequestException($"The consent page {authorizeUrl} answered {(int)response.StatusCode}: {html}", null, response.StatusCode);
        }

        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector("form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"The consent page {authorizeUrl} has no form.");
        var hidden = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(input => KeyValuePair.Create(input.Name!, input.Value)).ToList();
        var accounts = form.QuerySelectorAll("input[name=account_id]").OfType<IHtmlInputElement>()
            .ToDictionary(radio => AccountUsername(document, radio), radio => radio.Value, StringComparer.Ordinal);
        return new SandboxConsentPage(new Uri(authorizeUrl, form.GetAttribute("action")), hidden, accounts);
    }

    public string AccountId(string username) => accountIds.TryGetValue(username, out var id)
        ? id
        : throw new InvalidOperationException($"The consent page does not list {username}; it lists {string.Join(", ", accountIds.Keys)}.");

    /// <summary>Submits the form with <paramref name="decision"/> and returns where the sandbox redirects the browser.</summary>
    public async Task<Uri> DecideAsync(HttpClient browser, string decision, string? accountId)
    {
        var fields = hiddenFields.ToList();
        if (accountId is not null)
        {
            fields.Add(KeyValuePair.Create("account_id", accountId));
        }

        fields.Add(KeyValuePair.Create("decision", decision));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await browser.PostAsync(action, content);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            throw new HttpRequestException(
                $"The consent form ({decision}) answered {(int)response.StatusCode} instead of a redirect: {await response.Content.ReadAsStringAsync()}",
                null, response.StatusCode);
        }

        return location;
    }

    // The label reads "username (business, 1000 followers)".
    private static string AccountUsername(IHtmlDocument document, IHtmlInputElement radio)
    {
        var label = document.QuerySelector($"label[for='{radio.Id}']")?.TextContent.Trim()
            ?? throw new InvalidOperationException($"The account choice {radio.Id} has no label.");
        return label.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
    }
}
