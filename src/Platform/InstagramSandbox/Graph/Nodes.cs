using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Full JSON views of the sandbox's objects; callers project them onto the requested fields.</summary>
internal sealed class Nodes(SandboxState state, SandboxClock clock)
{
    public const string CdnBase = "https://scontent.cdninstagram.com/v/sandbox/";

    public JsonObject Account(Account account, bool viaMe)
    {
        var media = state.Data.Media.Values.Count(m => m.AccountId == account.Id && !m.IsChild && m.ProductType != "STORY");
        return new JsonObject
        {
            ["id"] = viaMe ? account.AppScopedId : account.Id,
            ["user_id"] = account.Id,
            ["username"] = account.Username,
            ["name"] = account.Username,
            ["account_type"] = account.AccountType,
            ["profile_picture_url"] = $"{CdnBase}profile/{account.Id}.jpg",
            ["followers_count"] = account.FollowersCount,
            ["follows_count"] = account.FollowsCount,
            ["media_count"] = media,
            ["biography"] = $"{account.Username} on the Cadence Instagram sandbox",
            ["website"] = $"https://example.com/{account.Username}",
        };
    }

    public JsonObject Media(Media media, bool withEdges = true)
    {
        var account = state.Data.Accounts[media.AccountId];
        var comments = state.Data.Comments.Values.Count(c => c.MediaId == media.Id);
        var node = new JsonObject
        {
            ["id"] = media.Id,
            ["media_type"] = media.MediaType,
            ["media_product_type"] = media.ProductType,
            ["media_url"] = media.MediaUrl,
            ["permalink"] = media.ProductType == "REELS"
                ? $"https://www.instagram.com/reel/{media.Shortcode}/"
                : $"https://www.instagram.com/p/{media.Shortcode}/",
            ["shortcode"] = media.Shortcode,
            ["timestamp"] = Paging.Timestamp(media.Timestamp),
            ["username"] = account.Username,
            ["owner"] = new JsonObject { ["id"] = account.Id },
            ["is_comment_enabled"] = media.CommentEnabled,
            ["legacy_instagram_media_id"] = media.Id + "_" + account.Id,
        };
        if (!media.IsChild)
        {
            node["caption"] = media.Caption;
            node["like_count"] = InsightsGraph.Grow(media.Timestamp, clock.GetUtcNow(), account.FollowersCount, 0.04, media.Id);
            node["comments_count"] = comments;
        }
        if (media.ThumbnailUrl is not null)
        {
            node["thumbnail_url"] = media.ThumbnailUrl;
        }
        if (media.AltText is not null)
        {
            node["alt_text"] = media.AltText;
        }
        if (media.SharedToFeed is { } shared)
        {
            node["is_shared_to_feed"] = shared;
        }
        if (withEdges && media.Children.Count > 0)
        {
            node["children"] = new JsonObject
            {
                ["data"] = new JsonArray(media.Children.Select(id => (JsonNode)Media(state.Data.Media[id], false)).ToArray()),
            };
        }
        return node;
    }

    public JsonObject Comment(Comment comment, bool withReplies = true)
    {
        var media = state.Data.Media[comment.MediaId];
        var node = new JsonObject
        {
            ["id"] = comment.Id,
            ["text"] = comment.Text,
            ["timestamp"] = Paging.Timestamp(comment.Timestamp),
            ["username"] = comment.FromUsername,
            ["from"] = new JsonObject { ["id"] = comment.FromId, ["username"] = comment.FromUsername },
            ["like_count"] = comment.LikeCount,
            ["hidden"] = comment.Hidden,
            ["media"] = new JsonObject { ["id"] = media.Id, ["media_product_type"] = media.ProductType },
            ["legacy_instagram_comment_id"] = comment.Id,
        };
        if (comment.ParentId is not null)
        {
            node["parent_id"] = comment.ParentId;
        }
        if (comment.FromId == media.AccountId)
        {
            node["user"] = new JsonObject { ["id"] = comment.FromId };
        }
        if (withReplies && comment.ParentId is null)
        {
            node["replies"] = new JsonObject
            {
                ["data"] = new JsonArray(Replies(comment.Id).Select(r => (JsonNode)Comment(r, false)).ToArray()),
            };
        }
        return node;
    }

    public IEnumerable<Comment> Replies(string commentId) =>
        state.Data.Comments.Values.Where(c => c.ParentId == commentId).OrderBy(c => c.Timestamp).ThenBy(c => c.Id, StringComparer.Ordinal);

    public JsonObject Container(Container container)
    {
        var status = ContainerStatus(container);
        var text = status switch
        {
            "FINISHED" => "Finished: Media has been uploaded and it is ready to be published.",
            "IN_PROGRESS" => "In Progress: Media is still being processed.",
            "PUBLISHED" => "Published: Media has been successfully published.",
            "EXPIRED" => "Expired: Media was not published within 24 hours.",
            _ => $"Error: Media upload has failed with error code {ErrorSubcode(container)}",
        };
        return new JsonObject
        {
            ["id"] = container.Id,
            ["status_code"] = status,
            ["status"] = text,
            ["copyright_check_status"] = new JsonObject { ["status"] = "completed", ["matches_found"] = false },
        };
    }

    /// <summary>EXPIRED, ERROR, FINISHED, IN_PROGRESS or PUBLISHED at the sandbox clock's now.</summary>
    public string ContainerStatus(Container container)
    {
        if (container.PublishedMediaId is not null)
        {
            return "PUBLISHED";
        }
        var now = clock.GetUtcNow();
        if (now >= container.CreatedAt + TimeSpan.FromHours(24))
        {
            return "EXPIRED";
        }
        if (ErrorSubcode(container) is not null)
        {
            return "ERROR";
        }
        if (now < container.ReadyAt)
        {
            return "IN_PROGRESS";
        }
        foreach (var childId in container.Children)
        {
            if (state.Data.Containers.TryGetValue(childId, out var child) && ContainerStatus(child) == "IN_PROGRESS")
            {
                return "IN_PROGRESS";
            }
        }
        return "FINISHED";
    }

    public int? ErrorSubcode(Container container)
    {
        if (container.ErrorSubcode is { } own && clock.GetUtcNow() >= container.ReadyAt)
        {
            return own;
        }
        foreach (var childId in container.Children)
        {
            if (state.Data.Containers.TryGetValue(childId, out var child) && ErrorSubcode(child) is { } sub)
            {
                return sub;
            }
        }
        return null;
    }
}
