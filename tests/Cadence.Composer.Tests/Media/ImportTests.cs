using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Features.Media.Import;
using Cadence.Testing;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class ImportTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    private ImportSourceServer Source => fixture.Source;

    [Fact]
    public async Task An_image_at_a_reachable_address_is_imported_converted_and_opened()
    {
        var (http, clientId) = await EditorAsync();

        using var response = await ImportAsync(http, clientId, $"{Source.Origin}/photos/beach.png");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var asset = await fixture.App.SingleAssetAsync(clientId);
        Assert.Equal(DetailsUrl(asset.Id), response.Headers.GetValues("HX-Redirect").Single());
        Assert.Equal(("beach.png", "png", "image/jpeg", 640, 480), (asset.FileName, asset.SourceFormat, asset.PublishContentType, asset.Width, asset.Height));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/photo.jpg")]
    [InlineData("http://127.0.0.2:{port}/photos/beach.png")]
    public async Task A_redirect_to_a_private_address_is_refused_when_it_connects(string target)
    {
        var (http, clientId) = await EditorAsync();
        var to = Uri.EscapeDataString(target.Replace("{port}", Source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var before = Source.HitsOn("/photos/beach.png");

        using var response = await ImportAsync(http, clientId, $"{Source.Origin}/redirect?to={to}");

        await AssertRefusedAsync(response, MediaDownloader.PrivateAddressMessage);
        Assert.Equal(before, Source.HitsOn("/photos/beach.png"));
        Assert.Empty(await fixture.App.AssetsAsync(clientId));
    }

    [Theory]
    [InlineData("/page", "is not an image or video (it sends text/html)")]
    [InlineData("/fake.png", "none of these")]
    [InlineData("/huge.jpg", "larger than 30 MB")]
    [InlineData("/loop", "redirects more than 3 times")]
    [InlineData("/slow.jpg", "took longer than 2 seconds")]
    [InlineData("/missing.jpg", "answered 404")]
    public async Task What_is_not_a_usable_file_is_refused_with_a_reason_and_nothing_is_stored(string path, string reason)
    {
        var (http, clientId) = await EditorAsync();

        using var response = await ImportAsync(http, clientId, Source.Origin + path);

        await AssertRefusedAsync(response, reason);
        Assert.Empty(await fixture.App.AssetsAsync(clientId));
    }

    [Fact]
    public async Task Only_web_addresses_are_fetched()
    {
        var (http, clientId) = await EditorAsync();

        using var response = await ImportAsync(http, clientId, "file:///etc/passwd");

        await AssertRefusedAsync(response, "starting with https:// or http://");
    }

    [Fact]
    public async Task A_refused_import_without_htmx_shows_the_whole_page_with_the_message()
    {
        var (http, clientId) = await EditorAsync();
        var page = await http.GetDocumentAsync(UploadUrl(clientId));

        using var response = await http.PostWithTokenAsync(ImportUrl(clientId), HtmlForms.AntiforgeryToken(page), [new("Url", Source.Origin + "/page")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("is not an image or video", html, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient http, Guid clientId, string url)
    {
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(UploadUrl(clientId)));
        return await http.PostWithTokenAsync(ImportUrl(clientId), token, [new("Url", url)], htmx: true);
    }

    internal static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(fragment.QuerySelector("nav"));
        Assert.Contains(reason, fragment.QuerySelector("#media-import #import-error")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Http, Guid ClientId)> EditorAsync()
    {
        var owner = await fixture.App.CreateAgencyAsync();
        var clientId = await fixture.App.CreateClientAsync(owner.AgencyId);
        var editor = await fixture.App.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        return (fixture.App.CreateClientFor(editor.UserId), clientId);
    }
}
