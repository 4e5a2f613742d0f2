using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Graph;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Publishing;

/// <summary><c>POST /{ig}/media</c>, container status, <c>media_publish</c> and <c>content_publishing_limit</c>.</summary>
internal sealed class PublishingGraph(
    SandboxState state, Nodes nodes, SandboxClock clock, MediaFetcher fetcher, IOptions<SandboxOptions> options)
{
    private const string PublishScope = "instagram_business_content_publish";
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    public async Task<JsonNode> CreateContainerAsync(GraphRequest request, Account account, AccessToken token)
    {
        RequireProfessional(account);
        GraphEndpoint.RequireScope(token, PublishScope);
        var spec = ContainerSpec.From(request);
        CaptionRules.Validate(spec.Caption);
        lock (state.Gate)
        {
            var now = clock.GetUtcNow();
            var recent = state.Data.Containers.Values.Count(c => c.AccountId == account.Id && now - c.CreatedAt < Day);
            if (recent >= options.Value.ContainerCap)
            {
                throw new GraphException(9, 2207042,
                    $"You reached the maximum of {options.Value.ContainerCap} media containers an account can create in 24 hours.",
                    userTitle: "Too many containers", userMessage: "Wait before creating more posts.");
            }
            if (spec.Kind == "CAROUSEL")
            {
                ValidateChildren(spec.Children, account);
            }
        }

        double? duration = null;
        if (spec.ImageUrl is not null)
        {
            await CheckImageAsync(spec.ImageUrl, checkAspect: spec.Kind != "STORIES", CancellationToken.None);
        }
        if (spec.VideoUrl is not null)
        {
            duration = await CheckVideoAsync(spec, CancellationToken.None);
        }
        if (spec.CoverUrl is not null)
        {
            await CheckImageAsync(spec.CoverUrl, checkAspect: false, CancellationToken.None);
        }
        if (spec.ThumbOffset is { } offset && (offset < 0 || (duration is { } d && d > 0 && offset >= d * 1000)))
        {
            throw new GraphException(1, 2207057, "The thumbnail offset is out of range.", userTitle: "Invalid thumbnail offset",
                userMessage: "thumb_offset must be between 0 and the video's length in milliseconds.");
        }

        lock (state.Gate)
        {
            var now = clock.GetUtcNow();
            int? failure = null;
            if (state.FailNextMediaCount > 0 && spec.Kind != "CAROUSEL")
            {
                state.FailNextMediaCount--;
                failure = state.FailNextMediaSubcode;
            }
            var container = new Container
            {
                Id = state.NewId("179"),
                AccountId = account.Id,
                MediaType = spec.Kind,
                IsCarouselItem = spec.IsCarouselItem,
                IsVideo = spec.VideoUrl is not null,
                ImageUrl = spec.ImageUrl,
                VideoUrl = spec.VideoUrl,
                Caption = spec.Caption,
                AltText = spec.AltText,
                LocationId = spec.LocationId,
                UserTags = spec.UserTags,
                Collaborators = spec.Collaborators,
                CoverUrl = spec.CoverUrl,
                ThumbOffset = spec.ThumbOffset,
                ShareToFeed = spec.ShareToFeed,
                AudioName = spec.AudioName,
                TrialGraduationStrategy = spec.TrialStrategy,
                Children = spec.Children,
                CreatedAt = now,
                ReadyAt = spec.VideoUrl is not null ? now + TimeSpan.FromSeconds(options.Value.VideoProcessingSeconds) : now,
                ErrorSubcode = failure,
            };
            state.Data.Containers[container.Id] = container;
            return new JsonObject { ["id"] = container.Id };
        }
    }

    // Content publishing is for professional accounts only; a personal account's app lacks the permission.
    private static void RequireProfessional(Account account)
    {
        if (account.AccountType == AccountFactory.Personal)
        {
            throw GraphException.Permission();
        }
    }

    private void ValidateChildren(List<string> children, Account account)
    {
        if (children.Count is < 2 or > 10)
        {
            throw GraphException.Parameter("(#100) The carousel must contain between 2 and 10 items.", 2207028,
                "Invalid number of carousel items", "A carousel needs between 2 and 10 photos or videos.");
        }
        foreach (var id in children)
        {
            if (!state.Data.Containers.TryGetValue(id, out var child) || child.AccountId != account.Id || !child.IsCarouselItem)
            {
                throw new GraphException(24, 2207006, $"The media with id {id} cannot be found.",
                    userTitle: "Media not found", userMessage: "A carousel item could not be found; create it again.");
            }
            if (nodes.ContainerStatus(child) == "EXPIRED")
            {
                throw new GraphException(-2, 2207020, "The media you are trying to access has expired. Please try to upload again.",
                    userTitle: "Media expired", userMessage: "A carousel item expired; create it again.");
            }
        }
    }

    private async Task CheckImageAsync(string url, bool checkAspect, CancellationToken cancellation)
    {
        var bytes = await fetcher.DownloadAsync(url, options.Value.MaxImageBytes, "image", cancellation);
        if (MediaFetcher.JpegSize(bytes) is not { } size || size.Width == 0 || size.Height == 0)
        {
            throw new GraphException(36001, 2207005, "The image format is not supported.", userTitle: "Unsupported image format",
                userMessage: "Only JPEG images can be published. Convert the image to JPEG and try again.");
        }
        var ratio = (double)size.Width / size.Height;
        if (checkAspect && (ratio < 0.8 - 0.001 || ratio > 1.91 + 0.001))
        {
            throw new GraphException(36003, 2207009, "The aspect ratio is not supported.", userTitle: "Invalid aspect ratio",
                userMessage: $"The image is {size.Width}x{size.Height}; its aspect ratio must be between 4:5 and 1.91:1.");
        }
        if (size.Width < 150)
        {
            // Instagram scales 320-1440 px; far smaller images are refused as too small (legacy 36002).
            throw new GraphException(36002, null, "The image is too small.", userTitle: "Image too small",
                userMessage: "The image must be at least 150 pixels wide; 1080 pixels is recommended.");
        }
    }

    private async Task<double?> CheckVideoAsync(ContainerSpec spec, CancellationToken cancellation)
    {
        var max = spec.Kind == "STORIES" ? options.Value.MaxStoryVideoBytes : options.Value.MaxReelBytes;
        var bytes = await fetcher.DownloadAsync(spec.VideoUrl!, max, "video", cancellation);
        if (MediaFetcher.Mp4Info(bytes) is not { } info)
        {
            throw new GraphException(352, 2207026, "The video file you selected is in a format that we don't support.",
                userTitle: "Unsupported video format", userMessage: "Upload an MP4 or MOV video (H.264 or HEVC with AAC audio).");
        }
        if (info.Width > 1920)
        {
            throw new GraphException(352, 2207026, "The video is wider than 1920 pixels.", userTitle: "Unsupported video format",
                userMessage: "Videos can be at most 1920 pixels wide.");
        }
        var (min, maxSeconds) = spec.Kind == "STORIES" ? (3.0, 60.0) : (3.0, 900.0);
        if (info.DurationSeconds > 0 && (info.DurationSeconds < min || info.DurationSeconds > maxSeconds))
        {
            throw new GraphException(352, 2207026, "The video duration is not supported.", userTitle: "Unsupported video length",
                userMessage: $"The video must last between {min:0} and {maxSeconds:0} seconds.");
        }
        return info.DurationSeconds;
    }

    public JsonNode ContainerNode(GraphRequest request, Container container)
    {
        var selection = request.Has("fields") ? request.FieldSelection : [new FieldSpec("id", null), new FieldSpec("status_code", null)];
        return Fields.Project(nodes.Container(container), selection);
    }

    public JsonNode Publish(GraphRequest request, Account account, AccessToken token)
    {
        RequireProfessional(account);
        GraphEndpoint.RequireScope(token, PublishScope);
        var creationId = request["creation_id"];
        lock (state.Gate)
        {
            var now = clock.GetUtcNow();
            try
            {
                var media = PublishUnderLock(creationId, account, now);
                state.Data.PublishCalls.Add(new PublishCall(account.Id, creationId, now, true, media.Id, null, null));
                return new JsonObject { ["id"] = media.Id };
            }
            catch (GraphException error)
            {
                state.Data.PublishCalls.Add(new PublishCall(account.Id, creationId, now, false, null, error.Code, error.Subcode));
                throw;
            }
        }
    }

    private Media PublishUnderLock(string? creationId, Account account, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(creationId))
        {
            throw GraphException.Parameter("(#100) The parameter creation_id is required");
        }
        if (!state.Data.Containers.TryGetValue(creationId, out var container) || container.AccountId != account.Id || container.IsCarouselItem)
        {
            throw new GraphException(24, 2207008, "The media with creation id does not exist or has expired.",
                userTitle: "Media not found", userMessage: "The post could not be found. Try again in a minute or create it again.");
        }
        switch (nodes.ContainerStatus(container))
        {
            case "PUBLISHED":
                throw new GraphException(506, null, "(#506) Duplicate Content: this media container has already been published.",
                    userTitle: "Already published", userMessage: "This post has already been published.");
            case "EXPIRED":
                throw new GraphException(-2, 2207020, "The media you are trying to access has expired. Please try to upload again.",
                    userTitle: "Media expired", userMessage: "The post was not published within 24 hours; create it again.");
            case "IN_PROGRESS":
                throw new GraphException(9007, 2207027, "The media is not ready for publishing, please wait for a moment",
                    userTitle: "Media not ready", userMessage: "The media is still being processed; try again in a moment.", isTransient: true);
            case "ERROR":
                var sub = nodes.ErrorSubcode(container) ?? 2207001;
                throw ProcessingError(sub);
        }
        var published = state.Data.PublishCalls.Count(c => c.AccountId == account.Id && c.Succeeded && now - c.At < Day);
        if (published >= options.Value.PublishQuota)
        {
            throw new GraphException(9, 2207042, "You reached maximum number of posts that is allowed to be published by Content Publishing API.",
                userTitle: "Daily posting limit reached", userMessage: $"An account can publish {options.Value.PublishQuota} posts per 24 hours through the API.");
        }
        var media = ToMedia(container, account, now, isChild: false);
        container.PublishedMediaId = media.Id;
        return media;
    }

    public static GraphException ProcessingError(int subcode) => subcode switch
    {
        2207026 => new GraphException(352, 2207026, "The video file you selected is in a format that we don't support.",
            userTitle: "Unsupported video format", userMessage: "Re-encode the video as MP4 (H.264 or HEVC, AAC audio)."),
        2207052 => new GraphException(9004, 2207052, "The media could not be fetched from the URI.",
            userTitle: "Media download has failed.", userMessage: "Make sure the media URL is public."),
        2207003 => new GraphException(-2, 2207003, "Timeout while downloading the media.", isTransient: true),
        2207053 => new GraphException(-1, 2207053, "An unknown error occurred during the upload.", userTitle: "Upload failed",
            userMessage: "Create the post again."),
        _ => new GraphException(-1, subcode, "An unexpected error has occurred. Please retry your request later.", isTransient: true),
    };

    private Media ToMedia(Container container, Account account, DateTimeOffset now, bool isChild)
    {
        var children = container.Children.Select(id => ToMedia(state.Data.Containers[id], account, now, isChild: true).Id).ToList();
        var (type, product) = container.MediaType switch
        {
            "CAROUSEL" => ("CAROUSEL_ALBUM", "FEED"),
            "REELS" => ("VIDEO", "REELS"),
            "STORIES" => (container.IsVideo ? "VIDEO" : "IMAGE", "STORY"),
            _ => (container.IsVideo ? "VIDEO" : "IMAGE", "FEED"),
        };
        var media = new Media
        {
            Id = state.NewId("180"),
            AccountId = account.Id,
            ContainerId = container.Id,
            MediaType = type,
            ProductType = product,
            Caption = container.MediaType == "STORIES" ? null : container.Caption,
            MediaUrl = container.VideoUrl ?? container.ImageUrl ?? children.Select(c => state.Data.Media[c].MediaUrl).FirstOrDefault(),
            ThumbnailUrl = container.IsVideo ? container.CoverUrl ?? $"{Nodes.CdnBase}thumb/{container.Id}.jpg" : null,
            AltText = container.AltText,
            Shortcode = Shortcode(),
            Timestamp = now,
            SharedToFeed = container.MediaType == "REELS" ? container.ShareToFeed ?? true : null,
            Children = children,
            IsChild = isChild,
        };
        state.Data.Media[media.Id] = media;
        return media;
    }

    private static string Shortcode()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        return string.Create(11, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    public JsonNode Limit(GraphRequest request, Account account)
    {
        RequireProfessional(account);
        var now = clock.GetUtcNow();
        var from = now - Day;
        if (request.Long("since") is { } since)
        {
            var sinceAt = DateTimeOffset.FromUnixTimeSeconds(since);
            if (sinceAt > from)
            {
                from = sinceAt;
            }
        }
        int usage;
        lock (state.Gate)
        {
            usage = state.Data.PublishCalls.Count(c => c.AccountId == account.Id && c.Succeeded && c.At > from);
        }
        var full = new JsonObject
        {
            ["quota_usage"] = usage,
            ["config"] = new JsonObject
            {
                ["quota_total"] = options.Value.PublishQuota,
                ["quota_duration"] = (int)Day.TotalSeconds,
            },
        };
        var selection = request.Has("fields") ? request.FieldSelection : [new FieldSpec("quota_usage", null)];
        return new JsonObject { ["data"] = new JsonArray(Fields.Project(full, selection)) };
    }

}
