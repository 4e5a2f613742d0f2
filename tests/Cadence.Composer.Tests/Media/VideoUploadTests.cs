using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;
using SkiaSharp;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class VideoUploadTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task An_mp4_is_kept_as_its_own_publish_file_with_container_codecs_length_frame_and_rate_read_from_it()
    {
        var (http, clientId) = await EditorAsync();
        var bytes = await File.ReadAllBytesAsync(FixturePath("clip-9x16.mp4"));

        using var response = await http.UploadAsync(clientId, bytes, "clip.mp4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal((MediaKind.Video, "mp4", "video/mp4"), (asset.Kind, asset.SourceFormat, asset.PublishContentType));
        Assert.Equal((360, 640, 2000L, 30.0), (asset.Width, asset.Height, asset.DurationMs!.Value, asset.FrameRate!.Value));
        Assert.Equal(("avc1", "mp4a"), (asset.VideoCodec, asset.AudioCodec));
        Assert.Equal(asset.OriginalKey, asset.PublishKey);
        Assert.Equal(bytes, await app.ReadFileAsync(asset.PublishKey));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 400, 711), await app.DecodeAsync(asset.ThumbnailKey!));
        Assert.Contains("0:02", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mov_is_recognised_as_quicktime()
    {
        var (http, clientId) = await EditorAsync();

        await http.UploadAsync(clientId, await File.ReadAllBytesAsync(FixturePath("clip.mov")), "clip.mov");

        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal(("mov", "video/quicktime"), (asset.SourceFormat, asset.PublishContentType));
        Assert.Equal((320, 240, 1000L, 25.0, "avc1"), (asset.Width, asset.Height, asset.DurationMs!.Value, asset.FrameRate!.Value, asset.VideoCodec));
        Assert.Null(asset.AudioCodec);
    }

    [Fact]
    public async Task A_file_that_only_starts_like_an_mp4_is_refused()
    {
        var (http, clientId) = await EditorAsync();
        var bytes = (await File.ReadAllBytesAsync(FixturePath("clip-9x16.mp4")))[..40];

        using var response = await http.UploadAsync(clientId, bytes, "broken.mp4");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(await app.AssetsAsync(clientId));
    }

    [Fact]
    public async Task A_video_cannot_be_cropped_here()
    {
        var (http, clientId) = await EditorAsync();
        await http.UploadAsync(clientId, await File.ReadAllBytesAsync(FixturePath("clip.mov")), "clip.mov");
        var asset = await app.SingleAssetAsync(clientId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(DetailsUrl(asset.Id)));

        using var response = await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Crop"), token, [new("Crop.Aspect", "Square")], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Only images can be cropped", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Http, Guid ClientId)> EditorAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        return (app.CreateClientFor(editor.UserId), clientId);
    }
}
