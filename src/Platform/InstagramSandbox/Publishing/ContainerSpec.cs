using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Graph;

namespace Cadence.InstagramSandbox.Publishing;

/// <summary>The parameters of <c>POST /{ig}/media</c>, validated against the media type they are allowed on.</summary>
internal sealed record ContainerSpec
{
    /// <summary>IMAGE, VIDEO (carousel item), CAROUSEL, REELS or STORIES.</summary>
    public required string Kind { get; init; }
    public bool IsCarouselItem { get; init; }
    public string? ImageUrl { get; init; }
    public string? VideoUrl { get; init; }
    public string? Caption { get; init; }
    public string? AltText { get; init; }
    public string? LocationId { get; init; }
    public string? UserTags { get; init; }
    public List<string> Collaborators { get; init; } = [];
    public string? CoverUrl { get; init; }
    public long? ThumbOffset { get; init; }
    public bool? ShareToFeed { get; init; }
    public string? AudioName { get; init; }
    public string? TrialStrategy { get; init; }
    public List<string> Children { get; init; } = [];

    public static ContainerSpec From(GraphRequest request)
    {
        var mediaType = request["media_type"]?.ToUpperInvariant();
        var isItem = request.Bool("is_carousel_item") ?? false;
        var kind = mediaType switch
        {
            null or "" or "IMAGE" => "IMAGE",
            "VIDEO" when isItem => "VIDEO",
            "CAROUSEL" or "REELS" or "STORIES" => mediaType,
            _ => throw GraphException.Parameter($"(#100) The media type {mediaType} is not supported. Use REELS for videos.", 2207023,
                "Unknown media type", "The media type is not supported; videos are published as REELS."),
        };
        if (isItem && kind is not ("IMAGE" or "VIDEO"))
        {
            throw Unsupported("is_carousel_item", kind);
        }
        var isImage = kind == "IMAGE" || (kind == "STORIES" && request.Has("image_url"));
        var spec = new ContainerSpec
        {
            Kind = kind,
            IsCarouselItem = isItem,
            ImageUrl = request["image_url"],
            VideoUrl = request["video_url"],
            Caption = request["caption"],
            AltText = request["alt_text"],
            LocationId = request["location_id"],
            UserTags = request.Json("user_tags")?.ToJsonString(),
            Collaborators = request.List("collaborators"),
            CoverUrl = request["cover_url"],
            ThumbOffset = request.Long("thumb_offset"),
            ShareToFeed = request.Bool("share_to_feed"),
            AudioName = request["audio_name"],
            TrialStrategy = ReadTrialStrategy(request),
            Children = request.List("children"),
        };

        switch (kind)
        {
            case "IMAGE":
                Require(spec.ImageUrl, "image_url");
                Forbid(request, kind, "video_url");
                break;
            case "VIDEO":
            case "REELS":
                Require(spec.VideoUrl, "video_url");
                Forbid(request, kind, "image_url");
                break;
            case "STORIES":
                if ((spec.ImageUrl is null) == (spec.VideoUrl is null))
                {
                    throw GraphException.Parameter("(#100) A story needs exactly one of image_url or video_url");
                }
                break;
            case "CAROUSEL":
                Forbid(request, kind, "image_url", "video_url");
                break;
        }
        if (kind != "CAROUSEL")
        {
            Forbid(request, kind, "children");
        }
        if (isItem)
        {
            Forbid(request, "carousel item", "caption", "location_id", "collaborators");
        }
        if (kind != "REELS")
        {
            Forbid(request, kind, "cover_url", "share_to_feed", "audio_name", "trial_params");
        }
        if (kind is not ("REELS" or "VIDEO"))
        {
            Forbid(request, kind, "thumb_offset");
        }
        if (!isImage || kind == "STORIES")
        {
            Forbid(request, kind, "alt_text");
        }
        if (kind == "STORIES")
        {
            Forbid(request, kind, "collaborators", "location_id");
        }
        if (kind is "REELS" or "VIDEO" || (kind == "STORIES" && !isImage) || kind == "CAROUSEL")
        {
            Forbid(request, kind, "user_tags");
        }
        if (spec.AltText is { Length: > 1000 })
        {
            throw GraphException.Parameter("(#100) alt_text can have at most 1000 characters");
        }
        if (spec.Collaborators.Count > 3)
        {
            throw GraphException.Parameter("(#100) A post can have at most 3 collaborators", userTitle: "Too many collaborators",
                userMessage: "Invite at most 3 collaborators.");
        }
        if (spec.LocationId is not null && !spec.LocationId.All(char.IsAsciiDigit))
        {
            throw GraphException.Parameter("INSTAGRAM_PLATFORM_API__INVALID_LOCATION_ID", userTitle: "Invalid location",
                userMessage: "The location could not be found.");
        }
        ValidateUserTags(request.Json("user_tags"), requirePosition: kind != "STORIES");
        return spec;
    }

    private static string? ReadTrialStrategy(GraphRequest request)
    {
        if (request.Json("trial_params") is not { } trial)
        {
            return null;
        }
        var strategy = trial["graduation_strategy"]?.GetValue<string>();
        return strategy is "MANUAL" or "SS_PERFORMANCE"
            ? strategy
            : throw GraphException.Parameter("(#100) trial_params.graduation_strategy must be MANUAL or SS_PERFORMANCE");
    }

    private static void ValidateUserTags(JsonNode? tags, bool requirePosition)
    {
        if (tags is null)
        {
            return;
        }
        if (tags is not JsonArray array)
        {
            throw GraphException.Parameter("(#100) user_tags must be a JSON array");
        }
        foreach (var tag in array)
        {
            if (tag?["username"] is not JsonValue username || string.IsNullOrWhiteSpace(username.ToString()))
            {
                throw GraphException.Parameter("(#100) Each user tag needs a username");
            }
            foreach (var axis in new[] { "x", "y" })
            {
                var value = tag[axis];
                if (value is null)
                {
                    if (requirePosition)
                    {
                        throw GraphException.Parameter($"(#100) User tags on images need {axis} between 0.0 and 1.0");
                    }
                    continue;
                }
                if (!double.TryParse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var position) || position is < 0 or > 1)
                {
                    throw GraphException.Parameter($"(#100) User tag {axis} must be between 0.0 and 1.0");
                }
            }
        }
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw GraphException.Parameter($"(#100) The parameter {name} is required");
        }
    }

    private static void Forbid(GraphRequest request, string kind, params string[] names)
    {
        foreach (var name in names)
        {
            if (request.Has(name))
            {
                throw Unsupported(name, kind);
            }
        }
    }

    private static GraphException Unsupported(string name, string kind) =>
        GraphException.Parameter($"(#100) The parameter {name} is not supported for {kind.ToLowerInvariant()} media");
}
