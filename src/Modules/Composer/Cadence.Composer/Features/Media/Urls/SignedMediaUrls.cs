using Cadence.Composer.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cadence.Composer.Features.Media.Urls;

internal sealed class SignedMediaUrls(MediaUrlSignature signature, IOptions<MediaOptions> options, IConfiguration configuration, TimeProvider clock)
    : IMediaUrls
{
    public const string RoutePrefix = "/media";

    public string ForPublishing(MediaAsset asset, DateTime expiresAtUtc) =>
        $"{PublicBaseUrl().TrimEnd('/')}{PathAndQuery(asset, MediaVariant.Publish, new DateTimeOffset(expiresAtUtc, TimeSpan.Zero))}";

    public string ForDisplay(MediaAsset asset, MediaVariant variant = MediaVariant.Thumbnail)
    {
        // Valid one to two hours: the same URL all hour, so pages re-rendered by htmx do not reload every image.
        var now = clock.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        return PathAndQuery(asset, variant, hour.AddHours(2));
    }

    public static string FileName(MediaAsset asset, MediaVariant variant) => variant switch
    {
        MediaVariant.Publish => $"publish.{Extension(asset.PublishContentType)}",
        MediaVariant.Thumbnail => "thumbnail.jpg",
        _ => $"original.{asset.SourceFormat}",
    };

    private string PathAndQuery(MediaAsset asset, MediaVariant variant, DateTimeOffset expires)
    {
        var unix = expires.ToUnixTimeSeconds();
        return $"{RoutePrefix}/{asset.Id:N}/{FileName(asset, variant)}?expires={unix}&signature={signature.Sign(asset.Id, variant, unix)}";
    }

    private string PublicBaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } media)
        {
            return media;
        }

        if (configuration["App:PublicBaseUrl"] is { Length: > 0 } app)
        {
            return app;
        }

        // Instagram's redirect URI is Cadence's own callback, so its origin is where Cadence answers.
        return Uri.TryCreate(configuration["Instagram:RedirectUri"], UriKind.Absolute, out var callback)
            ? callback.GetLeftPart(UriPartial.Authority)
            : throw new InvalidOperationException("Set Media:PublicBaseUrl (or App:PublicBaseUrl) to the address Instagram fetches media from.");
    }

    private static string Extension(string contentType) => contentType switch
    {
        "video/mp4" => "mp4",
        "video/quicktime" => "mov",
        _ => "jpg",
    };
}
