namespace Cadence.Composer.Features.Media.Urls;

/// <summary>The files of an asset a URL can name: what Instagram publishes, the small preview, and the upload as it was.</summary>
internal enum MediaVariant
{
    Publish,
    Thumbnail,
    Original,
}
