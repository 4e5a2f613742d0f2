using Cadence.Composer.Domain;

namespace Cadence.Composer.Tests.Validation;

/// <summary>The post formats as public test data (the domain's enum is internal).</summary>
public enum Format
{
    FeedImage = PostFormat.FeedImage,
    Carousel = PostFormat.Carousel,
    Reel = PostFormat.Reel,
    Story = PostFormat.Story,
}
