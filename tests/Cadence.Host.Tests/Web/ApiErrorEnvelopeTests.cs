using System.Net;
using System.Text;
using System.Text.Json;
using Cadence.Testing;

namespace Cadence.Host.Tests.Web;

public sealed class ApiErrorEnvelopeTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task A_body_that_is_not_JSON_gets_a_400_envelope_not_a_page()
    {
        var owner = await app.CreateAgencyAsync();
        using var body = new StringContent("{ not json", Encoding.UTF8, "application/json");

        using var response = await app.CreateClientFor(owner.UserId).PostAsync(new Uri("/api/v1/clients", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task An_unknown_API_route_gets_a_404_envelope()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task An_unknown_page_still_gets_the_HTML_status_page()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}
