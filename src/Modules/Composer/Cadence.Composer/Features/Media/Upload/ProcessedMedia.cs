using Cadence.Composer.Features.Media.Processing;

namespace Cadence.Composer.Features.Media.Upload;

/// <summary>What an upload becomes before anything is stored: the publish rendition (images), the thumbnail and the facts.</summary>
internal sealed record ProcessedMedia(MediaFormat Format, byte[]? PublishJpeg, byte[] Thumbnail, int Width, int Height, VideoFacts? Video);
