using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Tests.Validation;

/// <summary>Valid posts of each format and library files to vary one fact at a time, checked by <see cref="PostRules"/>.</summary>
internal static class Rules
{
    public const long MB = 1024 * 1024;

    public static MediaAsset Image(int width = 1080, int height = 1350, long bytes = MB, string contentType = "image/jpeg") => new()
    {
        FileName = "photo.jpg",
        Kind = MediaKind.Image,
        SourceFormat = "jpeg",
        OriginalKey = "o",
        PublishKey = "p",
        PublishContentType = contentType,
        PublishSizeBytes = bytes,
        Width = width,
        Height = height,
    };

    public static MediaAsset Video(int width = 1080, int height = 1920, long durationMs = 30_000, long bytes = 50 * MB, double? fps = 30, string contentType = "video/mp4") => new()
    {
        FileName = "clip.mp4",
        Kind = MediaKind.Video,
        SourceFormat = "mp4",
        OriginalKey = "o",
        PublishKey = "p",
        PublishContentType = contentType,
        PublishSizeBytes = bytes,
        Width = width,
        Height = height,
        DurationMs = durationMs,
        FrameRate = fps,
    };

    /// <summary>A post to one account with the given files as its items, in order.</summary>
    public static (Post Post, Dictionary<Guid, MediaAsset> Assets) Post(PostFormat format, params MediaAsset[] files)
    {
        var post = new Post { Format = format };
        post.Accounts.Add(new PostAccount { PostId = post.Id, InstagramAccountId = Guid.NewGuid() });
        for (var i = 0; i < files.Length; i++)
        {
            post.Items.Add(new PostItem { PostId = post.Id, Position = i, MediaAssetId = files[i].Id });
        }

        return (post, files.DistinctBy(f => f.Id).ToDictionary(f => f.Id));
    }

    public static (Post Post, Dictionary<Guid, MediaAsset> Assets) Post(Format format, params MediaAsset[] files) => Post((PostFormat)format, files);

    public static (Post Post, Dictionary<Guid, MediaAsset> Assets) Valid(Format format) => Valid((PostFormat)format);

    public static (Post Post, Dictionary<Guid, MediaAsset> Assets) Valid(PostFormat format) => format switch
    {
        PostFormat.FeedImage => Post(format, Image()),
        PostFormat.Carousel => Post(format, Image(), Video()),
        PostFormat.Reel => Post(format, Video()),
        _ => Post(format, Image(1080, 1920)),
    };

    public static IReadOnlyList<RuleViolation> Check(this (Post Post, Dictionary<Guid, MediaAsset> Assets) subject) =>
        PostRules.Check(subject.Post, subject.Assets);

    public static IReadOnlyList<RuleViolation> Check(this (Post Post, Dictionary<Guid, MediaAsset> Assets) subject, Action<Post> change)
    {
        change(subject.Post);
        return PostRules.Check(subject.Post, subject.Assets);
    }

    /// <summary>No violation at all when <paramref name="expected"/> is null, else one on the field that says it.</summary>
    public static void AssertOutcome(IReadOnlyList<RuleViolation> violations, string field, string? expected)
    {
        if (expected is null)
        {
            Assert.Empty(violations);
        }
        else
        {
            Assert.Contains(violations, v => v.Field == field && v.Message.Contains(expected, StringComparison.Ordinal));
        }
    }
}
