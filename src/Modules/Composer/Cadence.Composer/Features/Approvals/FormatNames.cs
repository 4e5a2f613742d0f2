using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals;

internal static class FormatNames
{
    public static string Of(PostFormat format) => format switch
    {
        PostFormat.FeedImage => "Feed image",
        PostFormat.Carousel => "Carousel",
        PostFormat.Reel => "Reel",
        _ => "Story",
    };
}
