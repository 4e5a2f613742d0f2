using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Media.Urls;

/// <summary>Signed, expiring URLs to an asset's files: the only way any media file is reachable over HTTP.</summary>
internal interface IMediaUrls
{
    /// <summary>An absolute URL under the public media address, for Instagram to fetch the file it publishes.</summary>
    string ForPublishing(MediaAsset asset, DateTime expiresAtUtc);

    /// <summary>A root-relative URL for Cadence's own pages and the client's approval page; stable for an hour, so browsers cache it.</summary>
    string ForDisplay(MediaAsset asset, MediaVariant variant = MediaVariant.Thumbnail);
}
