using System.Net;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Domain;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class CreateClientPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task The_new_client_form_offers_every_field_with_a_label_and_IANA_zones_grouped_by_region()
    {
        var owner = await app.CreateAgencyAsync();
        var document = await app.CreateClientFor(owner.UserId).GetDocumentAsync(CreateUrl);

        foreach (var (id, label) in new[] { ("Input_Name", "Name"), ("Input_TimeZone", "Time zone"), ("Input_BrandColor", "Brand colour"), ("Input_Logo", "Logo"), ("Input_Notes", "Notes") })
        {
            Assert.Equal(label, document.QuerySelector($"label[for={id}]")?.TextContent.Trim());
            Assert.NotNull(document.GetElementById(id));
        }

        Assert.Equal("color", document.GetElementById("Input_BrandColor")!.GetAttribute("type"));
        Assert.NotNull(document.QuerySelector("optgroup[label=Europe] option[value='Europe/London'][selected]"));
        Assert.NotNull(document.QuerySelector("optgroup[label=Asia] option[value='Asia/Tokyo']"));
        Assert.Null(document.QuerySelector("option[value='GMT Standard Time']"));
        Assert.Equal("Save client", document.QuerySelector("#client-form button[type=submit]")?.TextContent.Trim());
        Assert.Null(document.GetElementById("Input_Name")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Saving_the_form_creates_the_client_redirects_to_its_details_and_says_so()
    {
        var owner = await app.CreateAgencyAsync();
        var http = app.CreateClientFor(owner.UserId);
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await http.PostClientFormAsync(CreateUrl, Fields("Harbour Coffee", "Asia/Tokyo", "#aa3300", "Roaster."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = ClientIdFrom(response.Headers.Location);
        var client = await app.FindClientAsync(id);
        Assert.Equal(("Harbour Coffee", "Asia/Tokyo", "#AA3300", "Roaster.", owner.AgencyId), (client!.Name, client.TimeZoneId, client.BrandColor, client.Notes, client.AgencyId));
        var details = await http.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Harbour Coffee", details.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Client saved", details.GetElementById("toasts")!.TextContent, StringComparison.Ordinal);
        await app.AssertOneNewEventAsync<ClientCreated>(owner.AgencyId, id, before);
    }

    [Fact]
    public async Task Saving_through_htmx_answers_an_HX_Redirect_to_the_details()
    {
        var owner = await app.CreateAgencyAsync();
        var http = app.CreateClientFor(owner.UserId);

        using var response = await http.PostClientFormAsync(CreateUrl, Fields("Sakura Studio"), htmx: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var target = response.Headers.GetValues("HX-Redirect").Single();
        Assert.StartsWith("/Accounts/Clients/Details/", target, StringComparison.Ordinal);
        Assert.Equal("Sakura Studio", (await app.FindClientAsync(ClientIdFrom(new Uri(target, UriKind.Relative))))!.Name);
        var details = await http.GetDocumentAsync(target);
        Assert.Contains("Client saved", details.GetElementById("toasts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_through_htmx_answers_422_with_the_form_fragment_errors_by_each_field_and_saves_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(
            CreateUrl, Fields(name: " ", timeZone: "Mars/Olympus_Mons", color: "red", notes: new string('n', 4001)), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(fragment.GetElementById("client-form"));
        Assert.Equal("Enter the client's name.", fragment.FieldError("Name"));
        Assert.Contains("IANA", fragment.FieldError("TimeZone"), StringComparison.Ordinal);
        Assert.Contains("#RRGGBB", fragment.FieldError("BrandColor"), StringComparison.Ordinal);
        Assert.Contains("4000", fragment.FieldError("Notes"), StringComparison.Ordinal);
        Assert.Equal("true", fragment.GetElementById("Input_Name")!.GetAttribute("aria-invalid"));
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
        Assert.Equal(before, await app.OutboxIdsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task Bad_input_without_htmx_answers_the_whole_page_with_the_errors()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(CreateUrl, Fields(name: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("New client", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Enter the client's name.", page.FieldError("Name"));
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
    }

    [Theory]
    [InlineData("GMT Standard Time")]
    [InlineData("Europe/Atlantis")]
    [InlineData("")]
    public async Task A_time_zone_that_is_not_an_IANA_zone_is_refused_next_to_the_time_zone(string timeZone)
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(CreateUrl, Fields(timeZone: timeZone), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.False(string.IsNullOrEmpty(fragment.FieldError("TimeZone")));
        Assert.True(string.IsNullOrEmpty(fragment.FieldError("Name")));
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
    }

    [Theory]
    [InlineData("#12345")]
    [InlineData("#12345G")]
    [InlineData("1F6FEB")]
    public async Task A_colour_that_is_not_hex_RRGGBB_is_refused_next_to_the_colour(string color)
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(CreateUrl, Fields(color: color), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await HtmlForms.ParseAsync(response)).FieldError("BrandColor")));
    }

    [Fact]
    public async Task A_name_an_active_client_already_has_is_refused_whatever_its_case_but_an_archived_one_does_not_count()
    {
        var owner = await app.CreateAgencyAsync();
        await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");
        var http = app.CreateClientFor(owner.UserId);

        using var duplicate = await http.PostClientFormAsync(CreateUrl, Fields("  blue BOTTLE "), htmx: true);
        var archived = await app.CreateClientAsync(owner.AgencyId, "Old Brand");
        await http.PostFormAsync(ArchiveUrl(archived), []);
        using var reused = await http.PostClientFormAsync(CreateUrl, Fields("Old Brand"), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("already called", (await HtmlForms.ParseAsync(duplicate)).FieldError("Name"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, reused.StatusCode);
        Assert.Equal(2, (await app.ClientsOfAsync(owner.AgencyId)).Count(c => c.Name == "Old Brand"));
    }

    [Fact]
    public async Task A_name_used_in_another_agency_is_free_here()
    {
        var other = await app.CreateAgencyAsync("Other agency");
        await app.CreateClientAsync(other.AgencyId, "Shared Name");
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(CreateUrl, Fields("Shared Name"), htmx: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task A_png_logo_is_stored_and_served_with_its_type_and_a_webp_one_too()
    {
        var owner = await app.CreateAgencyAsync();
        var http = app.CreateClientFor(owner.UserId);

        using var png = await http.PostClientFormAsync(CreateUrl, Fields("With PNG"), PngBytes);
        using var webp = await http.PostClientFormAsync(CreateUrl, Fields("With WebP"), WebpBytes, logoType: "application/octet-stream");
        var pngId = ClientIdFrom(png.Headers.Location);
        using var served = await http.GetAsync(new Uri(LogoUrl(pngId), UriKind.Relative));
        using var servedWebp = await http.GetAsync(new Uri(LogoUrl(ClientIdFrom(webp.Headers.Location)), UriKind.Relative));

        Assert.True((await app.FindClientAsync(pngId))!.HasLogo);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PngBytes, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/webp", servedWebp.Content.Headers.ContentType?.MediaType);
        var details = await http.GetDocumentAsync(DetailsUrl(pngId));
        Assert.Equal(LogoUrl(pngId), details.QuerySelector("img.client-logo")?.GetAttribute("src"));
    }

    [Fact]
    public async Task A_logo_that_is_not_a_png_jpeg_or_webp_is_refused_next_to_the_logo_whatever_type_it_claims()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(
            CreateUrl, Fields(), "GIF89a not really a logo"u8.ToArray(), logoType: "image/png", htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("PNG, JPEG or WebP", (await HtmlForms.ParseAsync(response)).FieldError("Logo"), StringComparison.Ordinal);
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_logo_over_one_megabyte_is_refused_next_to_the_logo()
    {
        var owner = await app.CreateAgencyAsync();
        var tooBig = new byte[ClientLogo.MaxBytes + 1];
        PngBytes.CopyTo(tooBig, 0);

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(CreateUrl, Fields(), tooBig, htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("1 MB", (await HtmlForms.ParseAsync(response)).FieldError("Logo"), StringComparison.Ordinal);
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
    }
}
