using Cadence.Composer.Domain;
using static Cadence.Composer.Features.Validation.InstagramLimits;

namespace Cadence.Composer.Features.Validation;

/// <summary>
/// Everything Instagram would refuse about a post, without a database: the post (with items and accounts) and the
/// library files it uses, by id. A file missing from <c>assets</c> is one the post can no longer use.
/// </summary>
internal static class PostRules
{
    public static IReadOnlyList<RuleViolation> Check(Post post, IReadOnlyDictionary<Guid, MediaAsset> assets)
    {
        var violations = new List<RuleViolation>();
        if (post.Accounts.Count == 0)
        {
            violations.Add(new(PostFields.Accounts, "Choose at least one Instagram account to post to."));
        }

        var items = post.OrderedItems.ToList();
        Media(post.Format, items, assets, violations);
        CaptionRules.Check(post, violations);
        SlideRules.Check(post.Format, items, assets, violations);
        OptionRules.Check(post, items, assets, violations);
        return violations;
    }

    private static void Media(PostFormat format, List<PostItem> items, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        if (format == PostFormat.Carousel)
        {
            Carousel(items, assets, violations);
            return;
        }

        var (missing, extra) = format switch
        {
            PostFormat.FeedImage => ("Add the image to post.", "A feed image post has one image; remove {0} or choose Carousel."),
            PostFormat.Reel => ("Add the reel's video.", "A reel has one video; remove {0} or choose Carousel."),
            _ => ("Add the story's image or video.", "A story has one image or video; remove {0} and post each as its own story."),
        };

        if (items.Count == 0)
        {
            violations.Add(new(PostFields.Items, missing));
            return;
        }

        if (items.Count > 1)
        {
            violations.Add(new(PostFields.Items, string.Format(System.Globalization.CultureInfo.InvariantCulture, extra, items.Count - 1)));
        }

        if (Asset(items[0], 0, assets, violations) is not { } asset)
        {
            return;
        }

        var field = PostFields.Item(0);
        switch (format, asset.Kind)
        {
            case (PostFormat.FeedImage, MediaKind.Video):
                violations.Add(new(field, "Single videos are published as reels: choose Reel."));
                break;
            case (PostFormat.FeedImage, MediaKind.Image):
                MediaRules.Image(asset, MediaUse.FeedImage, field, violations);
                break;
            case (PostFormat.Reel, MediaKind.Image):
                violations.Add(new(field, "Reels need a video: choose another file, or Feed image to post this photo."));
                break;
            case (PostFormat.Reel, MediaKind.Video):
                MediaRules.Video(asset, MediaUse.Reel, field, violations);
                break;
            case (_, MediaKind.Image):
                MediaRules.Image(asset, MediaUse.Story, field, violations);
                break;
            default:
                MediaRules.Video(asset, MediaUse.Story, field, violations);
                break;
        }
    }

    private static void Carousel(List<PostItem> items, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        if (items.Count < MinCarouselItems)
        {
            violations.Add(new(PostFields.Items, $"A carousel needs 2 to 10 images or videos; add {MinCarouselItems - items.Count} more."));
        }
        else if (items.Count > MaxCarouselItems)
        {
            violations.Add(new(PostFields.Items, $"A carousel takes at most 10 images or videos; remove {items.Count - MaxCarouselItems}."));
        }

        for (var index = 0; index < items.Count; index++)
        {
            if (Asset(items[index], index, assets, violations) is not { } asset)
            {
                continue;
            }

            if (asset.Kind == MediaKind.Image)
            {
                MediaRules.Image(asset, MediaUse.CarouselItem, PostFields.Item(index), violations);
            }
            else
            {
                MediaRules.Video(asset, MediaUse.CarouselItem, PostFields.Item(index), violations);
            }
        }
    }

    private static MediaAsset? Asset(PostItem item, int index, IReadOnlyDictionary<Guid, MediaAsset> assets, List<RuleViolation> violations)
    {
        if (assets.TryGetValue(item.MediaAssetId, out var asset))
        {
            return asset;
        }

        violations.Add(new(PostFields.Item(index), "This file is no longer in the client's media library; choose another."));
        return null;
    }
}
