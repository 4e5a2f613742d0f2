using System.Net;
using System.Security.Cryptography;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Tests.Approvals;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static Cadence.Composer.Tests.Media.MediaLibraryKit;

namespace Cadence.Composer.Tests.Media;

public sealed class CropTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Theory]
    [InlineData("Square", 1080, 1080)]
    [InlineData("Portrait", 1080, 1350)]
    [InlineData("Landscape", 1080, 566)]
    [InlineData("Vertical", 1080, 1920)]
    public async Task Each_crop_renders_its_aspect_at_1080_wide_from_the_untouched_original(string aspectName, int width, int height)
    {
        var aspect = Enum.Parse<CropAspect>(aspectName);
        var (http, asset) = await UploadedAsync(3000, 2000);
        var originalHash = SHA256.HashData((await app.ReadFileAsync(asset.OriginalKey))!);

        using var response = await CropAsync(http, asset.Id, aspect.ToString(), 50, 50);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("media-crop", html, StringComparison.Ordinal);
        var cropped = await app.SingleAssetAsync(asset.ClientId);
        Assert.Equal((aspect, width, height), (cropped.Crop!.Value, cropped.Width, cropped.Height));
        Assert.Equal((SKEncodedImageFormat.Jpeg, width, height), await app.DecodeAsync(cropped.PublishKey));
        Assert.Equal((await app.ReadFileAsync(cropped.PublishKey))!.Length, cropped.PublishSizeBytes);
        Assert.Equal(400, (await app.DecodeAsync(cropped.ThumbnailKey!)).Width);
        Assert.Equal(originalHash, SHA256.HashData((await app.ReadFileAsync(cropped.OriginalKey))!));
    }

    [Fact]
    public async Task A_crop_of_a_small_image_is_not_upscaled_past_what_the_area_holds()
    {
        var (http, asset) = await UploadedAsync(600, 600);

        await CropAsync(http, asset.Id, nameof(CropAspect.Portrait), 50, 50);

        var cropped = await app.SingleAssetAsync(asset.ClientId);
        Assert.Equal((480, 600), (cropped.Width, cropped.Height));
    }

    [Fact]
    public async Task The_crop_centres_on_the_focal_point_as_far_as_the_edges_allow()
    {
        var (http, asset) = await UploadedAsync(3000, 1000, LeftRedRightBlue(3000, 1000));

        await CropAsync(http, asset.Id, nameof(CropAspect.Square), 0, 50);
        var left = await CentreColourAsync(asset);
        await CropAsync(http, asset.Id, nameof(CropAspect.Square), 100, 50);
        var right = await CentreColourAsync(asset);

        Assert.True(left.Red > 200 && left.Blue < 60, $"The left crop should be red, was {left}.");
        Assert.True(right.Blue > 200 && right.Red < 60, $"The right crop should be blue, was {right}.");
        Assert.Equal(1.0, (await app.SingleAssetAsync(asset.ClientId)).FocusX);
    }

    [Fact]
    public async Task The_original_shape_undoes_a_crop()
    {
        var (http, asset) = await UploadedAsync(3000, 2000);
        await CropAsync(http, asset.Id, nameof(CropAspect.Square), 50, 50);

        using var response = await CropAsync(http, asset.Id, string.Empty, 50, 50);

        var reset = await app.SingleAssetAsync(asset.ClientId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(reset.Crop);
        Assert.Equal((1440, 960), (reset.Width, reset.Height));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 1440, 960), await app.DecodeAsync(reset.PublishKey));
    }

    [Fact]
    public async Task Cropping_without_htmx_redirects_back_to_the_file()
    {
        var (http, asset) = await UploadedAsync(1200, 1200);
        var page = await http.GetDocumentAsync(DetailsUrl(asset.Id));

        using var response = await http.PostWithTokenAsync(HandlerUrl(asset.Id, "Crop"), HtmlForms.AntiforgeryToken(page),
            [new("Crop.Aspect", nameof(CropAspect.Portrait)), new("Crop.FocusX", "50"), new("Crop.FocusY", "50")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DetailsUrl(asset.Id), response.Headers.Location?.OriginalString);
        Assert.NotNull(page.QuerySelector("#media-crop form"));
        Assert.Equal(CropAspect.Portrait, (await app.SingleAssetAsync(asset.ClientId)).Crop);
    }

    [Fact]
    public async Task A_new_crop_of_an_image_an_approved_post_uses_sends_that_post_back_to_review()
    {
        var (http, asset) = await UploadedAsync(1200, 1200);
        await app.SetApprovalAsync(asset.AgencyId, asset.ClientId, team: true, client: false);
        var postId = await app.AddPostUsingAsync(asset);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            var post = await db.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == postId);
            var policy = new ApprovalPolicy(RequireTeamApproval: true, RequireClientApproval: false);
            post.Submit(policy, new Actor(Guid.NewGuid(), "Erin"), app.Clock.GetUtcNow().UtcDateTime);
            post.Approve(policy, new Actor(Guid.NewGuid(), "Ada"), app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

        await CropAsync(http, asset.Id, nameof(CropAspect.Portrait), 50, 50);

        var after = await app.PostAsync(postId);
        Assert.Equal(ApprovalStatus.InReview, after.Status);
        Assert.Contains(after.Activity, a => a.Kind == PostActivityKind.Edited && a.Details == "new crop of photo.jpg");
        Assert.Contains(after.Activity, a => a.Kind == PostActivityKind.ReturnedToReview);
    }

    private static async Task<HttpResponseMessage> CropAsync(HttpClient http, Guid assetId, string aspect, double focusX, double focusY)
    {
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(DetailsUrl(assetId)));
        return await http.PostWithTokenAsync(HandlerUrl(assetId, "Crop"), token,
            [new("Crop.Aspect", aspect), new("Crop.FocusX", focusX.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Crop.FocusY", focusY.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            htmx: true);
    }

    private async Task<SKColor> CentreColourAsync(MediaAsset asset)
    {
        using var bitmap = SKBitmap.Decode((await app.ReadFileAsync(asset.PublishKey))!);
        return bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
    }

    private static byte[] LeftRedRightBlue(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(0, 0, width / 2f, height, red);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private async Task<(HttpClient Http, MediaAsset Asset)> UploadedAsync(int width, int height, byte[]? bytes = null)
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var http = app.CreateClientFor(editor.UserId);
        using var response = await http.UploadAsync(clientId, bytes ?? Image(width, height, SKEncodedImageFormat.Jpeg), "photo.jpg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (http, await app.SingleAssetAsync(clientId));
    }
}
