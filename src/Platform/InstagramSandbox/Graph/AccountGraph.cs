using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>The account node, its media and stories, media nodes and webhook subscriptions.</summary>
internal sealed class AccountGraph(SandboxState state, Nodes nodes, SandboxClock clock)
{
    public JsonNode Node(GraphRequest request, Account account, bool viaMe)
    {
        lock (state.Gate)
        {
            return Fields.Project(nodes.Account(account, viaMe), request.FieldSelection);
        }
    }

    public JsonNode MediaList(GraphRequest request, Account account, bool stories)
    {
        var now = clock.GetUtcNow();
        var since = request.Long("since");
        var until = request.Long("until");
        lock (state.Gate)
        {
            var items = state.Data.Media.Values
                .Where(m => m.AccountId == account.Id && !m.IsChild)
                .Where(m => stories
                    ? m.ProductType == "STORY" && now - m.Timestamp < TimeSpan.FromHours(24)
                    : m.ProductType != "STORY")
                .Where(m => since is null || m.Timestamp.ToUnixTimeSeconds() >= since)
                .Where(m => until is null || m.Timestamp.ToUnixTimeSeconds() <= until)
                .OrderByDescending(m => m.Timestamp).ThenByDescending(m => m.Id, StringComparer.Ordinal)
                .Take(10_000)
                .Select(m => nodes.Media(m))
                .ToList();
            return Paging.Page(items, request);
        }
    }

    public JsonNode MediaNode(GraphRequest request, Media media) =>
        Fields.Project(nodes.Media(media), request.FieldSelection);

    public JsonNode Children(GraphRequest request, Media media) =>
        Paging.Page(media.Children.Select(id => nodes.Media(state.Data.Media[id], false)).ToList(), request);

    public static JsonNode UpdateMedia(GraphRequest request, Media media)
    {
        if (request.Bool("comment_enabled") is not { } enabled)
        {
            throw GraphException.Parameter("(#100) The parameter comment_enabled is required");
        }
        media.CommentEnabled = enabled;
        return new JsonObject { ["success"] = true };
    }

    public JsonNode SubscribedApps(Account account)
    {
        lock (state.Gate)
        {
            var data = new JsonArray();
            if (account.SubscribedToWebhooks)
            {
                data.Add(new JsonObject
                {
                    ["subscribed_fields"] = new JsonArray(account.SubscribedFields.Select(f => (JsonNode)f).ToArray()),
                });
            }
            return new JsonObject { ["data"] = data };
        }
    }

    private static readonly HashSet<string> KnownFields =
    [
        "comments", "live_comments", "mentions", "messages", "message_reactions", "messaging_postbacks", "messaging_seen",
        "messaging_referral", "messaging_handover", "standby", "messaging_optins", "message_echoes", "message_edit",
    ];

    public JsonNode Subscribe(GraphRequest request, Account account)
    {
        var fields = request.List("subscribed_fields");
        if (fields.Count == 0)
        {
            throw GraphException.Parameter("(#100) The parameter subscribed_fields is required");
        }
        if (fields.FirstOrDefault(f => !KnownFields.Contains(f)) is { } unknown)
        {
            throw GraphException.Parameter($"(#100) Param subscribed_fields[0] must be one of {{{string.Join(", ", KnownFields)}}} - got \"{unknown}\"");
        }
        lock (state.Gate)
        {
            account.SubscribedToWebhooks = true;
            account.SubscribedFields = fields;
        }
        return new JsonObject { ["success"] = true };
    }

    public JsonNode Unsubscribe(Account account)
    {
        lock (state.Gate)
        {
            account.SubscribedToWebhooks = false;
            account.SubscribedFields = [];
        }
        return new JsonObject { ["success"] = true };
    }
}
