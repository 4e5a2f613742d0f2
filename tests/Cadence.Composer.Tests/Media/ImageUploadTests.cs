using System.Net;
using Cadence.Testing;
using SkiaSharp;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class ImageUploadTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task A_png_is_published_as_a_jpeg_of_the_same_size_and_its_original_is_kept_byte_for_byte()
    {
        var (http, clientId) = await EditorAsync();
        var png = Image(800, 600, SKEncodedImageFormat.Png, new SKColor(255, 0, 0, 128));

        using var response = await http.UploadAsync(clientId, png, "banner.png");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("media-tile", html, StringComparison.Ordinal);
        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal(("png", "image/jpeg", 800, 600), (asset.SourceFormat, asset.PublishContentType, asset.Width, asset.Height));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 800, 600), await app.DecodeAsync(asset.PublishKey));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 400, 300), await app.DecodeAsync(asset.ThumbnailKey!));
        Assert.Equal(png, await app.ReadFileAsync(asset.OriginalKey));
        Assert.Equal((await app.ReadFileAsync(asset.PublishKey))!.Length, asset.PublishSizeBytes);
    }

    [Fact]
    public async Task A_webp_is_published_as_a_jpeg()
    {
        var (http, clientId) = await EditorAsync();

        using var response = await http.UploadAsync(clientId, Image(1080, 1350, SKEncodedImageFormat.Webp), "portrait.webp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal("webp", asset.SourceFormat);
        Assert.Equal((SKEncodedImageFormat.Jpeg, 1080, 1350), await app.DecodeAsync(asset.PublishKey));
    }

    [Theory]
    [InlineData(2000, 1000, 1440, 720)]
    [InlineData(200, 300, 320, 480)]
    [InlineData(1080, 1080, 1080, 1080)]
    public async Task The_publish_jpeg_is_brought_inside_instagrams_widths(int width, int height, int publishedWidth, int publishedHeight)
    {
        var (http, clientId) = await EditorAsync();

        await http.UploadAsync(clientId, Image(width, height, SKEncodedImageFormat.Jpeg), "photo.jpg");

        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal((publishedWidth, publishedHeight), (asset.Width, asset.Height));
        Assert.Equal((SKEncodedImageFormat.Jpeg, publishedWidth, publishedHeight), await app.DecodeAsync(asset.PublishKey));
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_published_upright_as_its_exif_orientation_says()
    {
        var (http, clientId) = await EditorAsync();
        var sideways = ExifOrientation.Apply(Image(600, 400, SKEncodedImageFormat.Jpeg), orientation: 6);

        await http.UploadAsync(clientId, sideways, "phone.jpg");

        var asset = await app.SingleAssetAsync(clientId);
        Assert.Equal((400, 600), (asset.Width, asset.Height));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 400, 600), await app.DecodeAsync(asset.PublishKey));
    }

    [Theory]
    [InlineData("notes.jpg", "none of these")]
    [InlineData("photo.heic", "HEIC could not be read here; export it as JPEG")]
    public async Task A_file_that_is_not_a_readable_image_or_video_is_refused_with_a_reason_and_nothing_is_stored(string fileName, string reason)
    {
        var (http, clientId) = await EditorAsync();
        byte[] bytes = fileName.EndsWith(".heic", StringComparison.Ordinal)
            ? [0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[200]]
            : "Just some text, named like a photo."u8.ToArray();

        using var response = await http.UploadAsync(clientId, bytes, fileName);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await app.AssetsAsync(clientId));
    }

    [Fact]
    public async Task An_image_over_30_mb_is_refused_saying_the_limit()
    {
        var (http, clientId) = await EditorAsync();
        var huge = new byte[(30 * 1024 * 1024) + 1];
        Image(10, 10, SKEncodedImageFormat.Jpeg).CopyTo(huge, 0);

        using var response = await http.UploadAsync(clientId, huge, "huge.jpg");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Images can be at most 30 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.AssetsAsync(clientId));
    }

    [Fact]
    public async Task Several_files_posted_by_a_plain_form_are_all_added_and_the_browser_goes_back_to_the_library()
    {
        var (http, clientId) = await EditorAsync();

        using var response = await http.UploadAsync(clientId, Image(500, 500, SKEncodedImageFormat.Png), "one.png", htmx: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LibraryUrl(clientId), response.Headers.Location?.OriginalString);
        Assert.Single(await app.AssetsAsync(clientId));
    }

    private async Task<(HttpClient Http, Guid ClientId)> EditorAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, Cadence.BuildingBlocks.Tenancy.AgencyRole.Editor);
        return (app.CreateClientFor(editor.UserId), clientId);
    }
}
