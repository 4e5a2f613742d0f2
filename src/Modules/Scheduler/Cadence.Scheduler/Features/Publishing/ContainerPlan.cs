using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>
/// The Instagram containers one account's copy of a snapshot needs: a carousel's children (in order), then the container
/// that is published, each with exactly the options Instagram accepts for its kind.
/// </summary>
internal static class ContainerPlan
{
    public static IReadOnlyList<ContainerRequest> Children(PublishablePost post) =>
        post.Format == PublishFormat.Carousel ? post.Media.Select(Child).ToList() : [];

    public static ContainerRequest Parent(PublishablePost post, string caption, IReadOnlyList<string> childContainerIds)
    {
        var collaborators = post.Collaborators.Count > 0 ? post.Collaborators : null;
        var first = post.Media[0];
        return post.Format switch
        {
            PublishFormat.FeedImage => new ImageContainer(first.Url)
            {
                Caption = caption, AltText = first.AltText, LocationId = post.LocationId, UserTags = Tags(first), Collaborators = collaborators,
            },
            PublishFormat.Carousel => new CarouselContainer(childContainerIds)
            {
                Caption = caption, LocationId = post.LocationId, Collaborators = collaborators,
            },
            PublishFormat.Reel => new ReelContainer(first.Url)
            {
                Caption = caption,
                CoverUrl = post.CoverUrl,
                ThumbOffset = post.ThumbOffsetMs,
                ShareToFeed = post.ShareToFeed,
                AudioName = post.AudioName,
                LocationId = post.LocationId,
                Collaborators = collaborators,
                Trial = post.Trial switch
                {
                    TrialReelStrategy.Manual => TrialGraduationStrategy.Manual,
                    TrialReelStrategy.Performance => TrialGraduationStrategy.SsPerformance,
                    _ => null,
                },
            },
            PublishFormat.Story when first.IsVideo => new StoryVideoContainer(first.Url) { UserTags = Tags(first) },
            PublishFormat.Story => new StoryImageContainer(first.Url) { UserTags = Tags(first) },
            _ => throw new ArgumentOutOfRangeException(nameof(post), post.Format, "Unknown format."),
        };
    }

    private static ContainerRequest Child(PublishableMedia media) => media.IsVideo
        ? new CarouselVideoItem(media.Url)
        : new CarouselImageItem(media.Url) { AltText = media.AltText, UserTags = Tags(media) };

    private static List<UserTag>? Tags(PublishableMedia media) =>
        media.UserTags.Count > 0 ? media.UserTags.Select(t => new UserTag(t.Username, t.X, t.Y)).ToList() : null;
}
