namespace Cadence.Composer.Domain;

/// <summary>What Instagram publishes: each format accepts its own media and options.</summary>
internal enum PostFormat
{
    FeedImage,
    Carousel,
    Reel,
    Story,
}
