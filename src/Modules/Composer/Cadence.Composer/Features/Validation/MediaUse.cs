namespace Cadence.Composer.Features.Validation;

/// <summary>Where a file is used: each place has its own media specification.</summary>
internal enum MediaUse
{
    FeedImage,
    CarouselItem,
    Reel,
    Story,
    ReelCover,
}
