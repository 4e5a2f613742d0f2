using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using SkiaSharp;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class MediaAccessTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Another_agencys_files_and_clients_answer_404_to_every_library_route()
    {
        var theirs = await app.CreateAgencyAsync("Other Agency");
        var theirClient = await app.CreateClientAsync(theirs.AgencyId);
        var asset = await app.AddImageAsync(theirs.AgencyId, theirClient);
        var owner = await app.CreateAgencyAsync();
        var ownClient = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(LibraryUrl(ownClient)));

        var responses = new List<HttpResponseMessage>
        {
            await http.GetAsync(new Uri(DetailsUrl(asset.Id), UriKind.Relative)),
            await http.GetAsync(new Uri(LibraryUrl(theirClient), UriKind.Relative)),
            await http.GetAsync(new Uri(UploadUrl(theirClient), UriKind.Relative)),
            await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Crop"), token, [new("Crop.Aspect", "Square")], htmx: true),
            await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Details"), token, [new("Input.Folder", "Mine now")], htmx: true),
            await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Delete"), token, [], htmx: true),
            await http.PostWithTokenAsync(ImportUrl(theirClient), token, [new("Url", "https://example.com/a.jpg")], htmx: true),
            await UploadToAsync(http, token, theirClient),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var stored = Assert.Single(await app.AssetsAsync(theirClient));
        Assert.Equal((asset.Folder, asset.Crop), (stored.Folder, stored.Crop));
    }

    [Fact]
    public async Task A_member_restricted_to_some_clients_sees_only_their_libraries()
    {
        var owner = await app.CreateAgencyAsync();
        var allowed = await app.CreateClientAsync(owner.AgencyId, "Allowed Cafe");
        var hidden = await app.CreateClientAsync(owner.AgencyId, "Hidden Bakery");
        var hiddenAsset = await app.AddImageAsync(owner.AgencyId, hidden);
        var restricted = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [allowed]);
        var http = app.CreateClientFor(restricted.UserId);

        var library = await http.GetDocumentAsync("/Composer/Media");
        using var hiddenLibrary = await http.GetAsync(new Uri(LibraryUrl(hidden), UriKind.Relative));
        using var hiddenDetails = await http.GetAsync(new Uri(DetailsUrl(hiddenAsset.Id), UriKind.Relative));

        Assert.Equal(["Allowed Cafe"], library.QuerySelectorAll("#media-client option").Select(o => o.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, hiddenLibrary.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenDetails.StatusCode);
    }

    [Fact]
    public async Task A_viewer_browses_the_library_but_cannot_upload_import_crop_retag_or_delete_while_an_editor_can()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var asset = await app.AddImageAsync(owner.AgencyId, clientId);
        var viewer = app.CreateClientFor((await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer)).UserId);
        var editor = app.CreateClientFor((await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor)).UserId);
        var details = await viewer.GetDocumentAsync(DetailsUrl(asset.Id));
        var token = HtmlForms.AntiforgeryToken(details);

        var refused = new[]
        {
            await viewer.GetAsync(new Uri(UploadUrl(clientId), UriKind.Relative)),
            await UploadToAsync(viewer, token, clientId),
            await viewer.PostWithTokenAsync(ImportUrl(clientId), token, [new("Url", "https://example.com/a.jpg")], htmx: true),
            await viewer.PostWithTokenAsync(HandlerUrl(asset.Id, "Crop"), token, [new("Crop.Aspect", "Square")], htmx: true),
            await viewer.PostWithTokenAsync(HandlerUrl(asset.Id, "Details"), token, [new("Input.Folder", "Viewer's")], htmx: true),
            await viewer.PostWithTokenAsync(HandlerUrl(asset.Id, "Delete"), token, [], htmx: true),
        };
        using var uploaded = await editor.UploadAsync(clientId, Image(400, 400, SKEncodedImageFormat.Png), "editor.png");

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Null(details.QuerySelector("#media-crop form"));
        Assert.Null(details.QuerySelector("#media-details form"));
        Assert.Null(details.QuerySelector("#media-usage form"));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(2, (await app.AssetsAsync(clientId)).Count);
        Assert.Null((await app.AssetsAsync(clientId)).Single(a => a.Id == asset.Id).Crop);
    }

    private static async Task<HttpResponseMessage> UploadToAsync(HttpClient http, string token, Guid clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(UploadUrl(clientId), UriKind.Relative));
        request.Headers.Add(HtmlForms.HtmxHeader, "true");
        request.Headers.Add("RequestVerificationToken", token);
        request.Content = new MultipartFormDataContent { { new ByteArrayContent(Image(100, 100, SKEncodedImageFormat.Png)), "files", "x.png" } };
        return await http.SendAsync(request);
    }
}
