using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Media.Storage;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Cadence.Composer.Tests.Media;

/// <summary>Uploads through the library's pages and reads back what was stored.</summary>
internal static class MediaLibraryKit
{
    public static string LibraryUrl(Guid clientId) => $"/Composer/Media?clientId={clientId}";

    public static string UploadUrl(Guid clientId) => $"/Composer/Media/Upload?clientId={clientId}";

    public static string ImportUrl(Guid clientId) => $"/Composer/Media/Upload?clientId={clientId}&handler=Import";

    public static string DetailsUrl(Guid assetId) => $"/Composer/Media/Details/{assetId}";

    public static string HandlerUrl(Guid assetId, string handler) => $"{DetailsUrl(assetId)}?handler={handler}";

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Media", "Fixtures", name);

    public static byte[] Image(int width, int height, SKEncodedImageFormat format, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color ?? SKColors.SeaGreen);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Posts one file the way media.js does (htmx headers, one file) or as a plain form.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient http, Guid clientId, byte[] bytes, string fileName, bool htmx = true)
    {
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(UploadUrl(clientId)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(UploadUrl(clientId), UriKind.Relative));
        var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "files", fileName } };
        if (htmx)
        {
            request.Headers.Add(HtmlForms.HtmxHeader, "true");
            request.Headers.Add("RequestVerificationToken", token);
        }
        else
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        request.Content = content;
        return await http.SendAsync(request);
    }

    public static Task<List<MediaAsset>> AssetsAsync(this CadenceAppFactory app, Guid clientId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().MediaAssets.IgnoreQueryFilters()
            .Where(a => a.ClientId == clientId).AsNoTracking().ToListAsync());

    public static async Task<MediaAsset> SingleAssetAsync(this CadenceAppFactory app, Guid clientId) => Assert.Single(await app.AssetsAsync(clientId));

    public static Task<byte[]?> ReadFileAsync(this CadenceAppFactory app, string key) =>
        app.WithScopeAsync(async services =>
        {
            await using var stream = await services.GetRequiredService<IMediaStorage>().OpenReadAsync(key, CancellationToken.None);
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return (byte[]?)buffer.ToArray();
        });

    /// <summary>Decodes a stored file: its format as the codec reads it and its size.</summary>
    public static async Task<(SKEncodedImageFormat Format, int Width, int Height)> DecodeAsync(this CadenceAppFactory app, string key)
    {
        var bytes = await app.ReadFileAsync(key) ?? throw new InvalidOperationException($"No file at {key}.");
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }

    /// <summary>A draft post using the asset, as a slide or as a reel's cover.</summary>
    public static Task<Guid> AddPostUsingAsync(this CadenceAppFactory app, MediaAsset asset, bool asCover = false, string caption = "Summer launch") =>
        app.WithScopeAsync(async services =>
        {
            var post = new Post
            {
                AgencyId = asset.AgencyId,
                ClientId = asset.ClientId,
                Format = asCover ? PostFormat.Reel : PostFormat.FeedImage,
                Caption = caption,
                CoverMediaAssetId = asCover ? asset.Id : null,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            if (!asCover)
            {
                post.Items.Add(new PostItem { PostId = post.Id, Position = 0, MediaAssetId = asset.Id });
            }

            var db = services.GetRequiredService<ComposerDbContext>();
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });
}
