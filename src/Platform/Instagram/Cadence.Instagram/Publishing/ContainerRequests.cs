using Cadence.BuildingBlocks.Results;
using Cadence.Instagram.Http;

namespace Cadence.Instagram;

/// <summary>A person tagged on an image or story; x/y are 0.0–1.0 from the top-left (required on feed images).</summary>
public sealed record UserTag(string Username, double? X = null, double? Y = null);

/// <summary>How a trial reel graduates to the account's followers.</summary>
public enum TrialGraduationStrategy
{
    Manual,
    SsPerformance,
}

/// <summary>A media container to create with POST /IG_ID/media. Each kind exposes only the options Instagram accepts for it.</summary>
public abstract record ContainerRequest
{
    private protected ContainerRequest()
    {
    }

    /// <summary>Instagram's documented limits, checked before anything is sent.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        Check(errors);
        return errors;
    }

    internal abstract void Check(List<Error> errors);

    internal abstract Parameters ToParameters();
}

/// <summary>A single feed image (JPEG).</summary>
public sealed record ImageContainer(string ImageUrl) : ContainerRequest
{
    public string? Caption { get; init; }
    public string? AltText { get; init; }
    public string? LocationId { get; init; }
    public IReadOnlyList<UserTag>? UserTags { get; init; }
    public IReadOnlyList<string>? Collaborators { get; init; }

    internal override void Check(List<Error> errors)
    {
        ContainerRules.Url(errors, nameof(ImageUrl), ImageUrl);
        ContainerRules.Caption(errors, Caption);
        ContainerRules.AltText(errors, AltText);
        ContainerRules.Tags(errors, UserTags, positionRequired: true);
        ContainerRules.Collaborators(errors, Collaborators);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("image_url", ImageUrl).Add("caption", Caption).Add("alt_text", AltText).Add("location_id", LocationId)
        .AddJson("user_tags", UserTags).AddJson("collaborators", Collaborators);
}

/// <summary>An image child of a carousel (no caption, location or collaborators: those go on the carousel).</summary>
public sealed record CarouselImageItem(string ImageUrl) : ContainerRequest
{
    public string? AltText { get; init; }
    public IReadOnlyList<UserTag>? UserTags { get; init; }

    internal override void Check(List<Error> errors)
    {
        ContainerRules.Url(errors, nameof(ImageUrl), ImageUrl);
        ContainerRules.AltText(errors, AltText);
        ContainerRules.Tags(errors, UserTags, positionRequired: true);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("image_url", ImageUrl).Add("is_carousel_item", true).Add("alt_text", AltText).AddJson("user_tags", UserTags);
}

/// <summary>A video child of a carousel.</summary>
public sealed record CarouselVideoItem(string VideoUrl) : ContainerRequest
{
    internal override void Check(List<Error> errors) => ContainerRules.Url(errors, nameof(VideoUrl), VideoUrl);

    internal override Parameters ToParameters() => new Parameters()
        .Add("media_type", "VIDEO").Add("video_url", VideoUrl).Add("is_carousel_item", true);
}

/// <summary>A carousel of 2–10 finished child containers.</summary>
public sealed record CarouselContainer(IReadOnlyList<string> Children) : ContainerRequest
{
    public const int MinChildren = 2;
    public const int MaxChildren = 10;

    public string? Caption { get; init; }
    public string? LocationId { get; init; }
    public IReadOnlyList<string>? Collaborators { get; init; }

    internal override void Check(List<Error> errors)
    {
        if (Children is null || Children.Count is < MinChildren or > MaxChildren)
        {
            errors.Add(Error.Validation(nameof(Children), $"A carousel needs {MinChildren} to {MaxChildren} items."));
        }

        ContainerRules.Caption(errors, Caption);
        ContainerRules.Collaborators(errors, Collaborators);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("media_type", "CAROUSEL").Add("children", Children).Add("caption", Caption).Add("location_id", LocationId)
        .AddJson("collaborators", Collaborators);
}

/// <summary>A reel (every single feed video is a reel since July 2023).</summary>
public sealed record ReelContainer(string VideoUrl) : ContainerRequest
{
    public string? Caption { get; init; }
    public string? CoverUrl { get; init; }

    /// <summary>Milliseconds from the start used as the thumbnail when no cover is given.</summary>
    public long? ThumbOffset { get; init; }

    /// <summary>True: Feed and Reels tabs; false: Reels tab only.</summary>
    public bool? ShareToFeed { get; init; }
    public string? AudioName { get; init; }
    public string? LocationId { get; init; }
    public IReadOnlyList<string>? Collaborators { get; init; }
    public TrialGraduationStrategy? Trial { get; init; }

    internal override void Check(List<Error> errors)
    {
        ContainerRules.Url(errors, nameof(VideoUrl), VideoUrl);
        if (CoverUrl is not null)
        {
            ContainerRules.Url(errors, nameof(CoverUrl), CoverUrl);
        }

        if (ThumbOffset < 0)
        {
            errors.Add(Error.Validation(nameof(ThumbOffset), "The thumbnail offset cannot be negative."));
        }

        ContainerRules.Caption(errors, Caption);
        ContainerRules.Collaborators(errors, Collaborators);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("media_type", "REELS").Add("video_url", VideoUrl).Add("caption", Caption).Add("cover_url", CoverUrl)
        .Add("thumb_offset", ThumbOffset).Add("share_to_feed", ShareToFeed).Add("audio_name", AudioName)
        .Add("location_id", LocationId).AddJson("collaborators", Collaborators)
        .AddJson("trial_params", Trial is null ? null : new Dictionary<string, string>
        {
            ["graduation_strategy"] = Trial == TrialGraduationStrategy.Manual ? "MANUAL" : "SS_PERFORMANCE",
        });
}

/// <summary>An image story (no caption: stories ignore it; user tags may omit x/y).</summary>
public sealed record StoryImageContainer(string ImageUrl) : ContainerRequest
{
    public IReadOnlyList<UserTag>? UserTags { get; init; }

    internal override void Check(List<Error> errors)
    {
        ContainerRules.Url(errors, nameof(ImageUrl), ImageUrl);
        ContainerRules.Tags(errors, UserTags, positionRequired: false);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("media_type", "STORIES").Add("image_url", ImageUrl).AddJson("user_tags", UserTags);
}

/// <summary>A video story.</summary>
public sealed record StoryVideoContainer(string VideoUrl) : ContainerRequest
{
    public IReadOnlyList<UserTag>? UserTags { get; init; }

    internal override void Check(List<Error> errors)
    {
        ContainerRules.Url(errors, nameof(VideoUrl), VideoUrl);
        ContainerRules.Tags(errors, UserTags, positionRequired: false);
    }

    internal override Parameters ToParameters() => new Parameters()
        .Add("media_type", "STORIES").Add("video_url", VideoUrl).AddJson("user_tags", UserTags);
}
