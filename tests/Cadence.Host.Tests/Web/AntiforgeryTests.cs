using System.Net;
using Cadence.Testing;

namespace Cadence.Host.Tests.Web;

public sealed class AntiforgeryTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task An_htmx_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Guarded Client");
        var browser = app.CreateClientFor(owner.UserId);
        var url = $"/Accounts/Clients/Archive/{clientId}";

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative));
        request.Headers.Add(HtmlForms.HtmxHeader, "true");
        request.Content = new FormUrlEncodedContent([]);
        using var refused = await browser.SendAsync(request);
        var stillActive = await browser.GetDocumentAsync($"/Accounts/Clients/Details/{clientId}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Archive client", stillActive.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_htmx_post_with_the_token_from_the_layout_is_accepted()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Open Client");
        var browser = app.CreateClientFor(owner.UserId);
        var url = $"/Accounts/Clients/Archive/{clientId}";

        using var accepted = await browser.PostFormAsync($"/Accounts/Clients/Details/{clientId}", [], actionUrl: url, htmx: true);
        var archived = await browser.GetDocumentAsync($"/Accounts/Clients/Details/{clientId}");

        Assert.True(accepted.IsSuccessStatusCode, $"Expected success, got {(int)accepted.StatusCode}.");
        Assert.Contains("Restore client", archived.Body!.TextContent, StringComparison.Ordinal);
    }
}
