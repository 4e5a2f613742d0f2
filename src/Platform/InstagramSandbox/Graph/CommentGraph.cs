using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;
using Cadence.InstagramSandbox.Webhooks;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Comments on media, replies, hide/unhide and delete. Call with <see cref="SandboxState.Gate"/> held.</summary>
internal sealed class CommentGraph(SandboxState state, Nodes nodes, SandboxClock clock, WebhookQueue webhooks)
{
    private const string Scope = "instagram_business_manage_comments";

    public JsonNode List(GraphRequest request, Media media, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        var items = state.Data.Comments.Values
            .Where(c => c.MediaId == media.Id && c.ParentId is null)
            .OrderByDescending(c => c.Timestamp).ThenByDescending(c => c.Id, StringComparer.Ordinal)
            .Select(c => nodes.Comment(c))
            .ToList();
        return Paging.Page(items, request, defaultLimit: 25, maxLimit: 50);
    }

    public JsonNode Create(GraphRequest request, Account account, Media media, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        if (!media.CommentEnabled)
        {
            throw GraphException.Parameter("(#100) Comments are disabled for this media");
        }
        var comment = Add(media, null, account.Id, account.Username, Message(request));
        return new JsonObject { ["id"] = comment.Id };
    }

    public JsonNode Node(GraphRequest request, Comment comment, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        return Fields.Project(nodes.Comment(comment), request.FieldSelection);
    }

    public JsonNode Replies(GraphRequest request, Comment comment, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        return Paging.Page(nodes.Replies(comment.Id).Select(r => nodes.Comment(r, false)).ToList(), request, maxLimit: 50);
    }

    public JsonNode Reply(GraphRequest request, Account account, Comment comment, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        var media = state.Data.Media[comment.MediaId];
        // Replies go one level deep: a reply to a reply attaches to the top-level comment.
        var reply = Add(media, comment.ParentId ?? comment.Id, account.Id, account.Username, Message(request));
        return new JsonObject { ["id"] = reply.Id };
    }

    public static JsonNode Update(GraphRequest request, Comment comment, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        if (request.Bool("hide") is not { } hide)
        {
            throw GraphException.Parameter("(#100) The parameter hide is required");
        }
        // The owner's own comments stay visible.
        comment.Hidden = hide && comment.FromId != account.Id;
        return new JsonObject { ["success"] = true };
    }

    public JsonNode Delete(Comment comment, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        foreach (var reply in nodes.Replies(comment.Id).ToList())
        {
            state.Data.Comments.Remove(reply.Id);
        }
        state.Data.Comments.Remove(comment.Id);
        return new JsonObject { ["success"] = true };
    }

    private static string Message(GraphRequest request)
    {
        var message = request.Required("message");
        return message.Length > 2200 ? throw GraphException.Parameter("(#100) The comment is too long") : message;
    }

    /// <summary>Stores a comment and queues the <c>comments</c> webhook (own replies trigger it too, as on Instagram).</summary>
    public Comment Add(Media media, string? parentId, string fromId, string fromUsername, string text)
    {
        var comment = new Comment
        {
            Id = state.NewId("178"),
            MediaId = media.Id,
            ParentId = parentId,
            FromId = fromId,
            FromUsername = fromUsername,
            Text = text,
            Timestamp = clock.GetUtcNow(),
        };
        state.Data.Comments[comment.Id] = comment;
        var value = new JsonObject
        {
            ["id"] = comment.Id,
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = fromId, ["username"] = fromUsername },
            ["media"] = new JsonObject { ["id"] = media.Id, ["media_product_type"] = media.ProductType },
        };
        if (parentId is not null)
        {
            value["parent_id"] = parentId;
        }
        webhooks.Enqueue(state.Data.Accounts[media.AccountId], "comments", new JsonObject { ["field"] = "comments", ["value"] = value }, false);
        return comment;
    }
}
