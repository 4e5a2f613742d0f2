using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Publishing;
using Cadence.InstagramSandbox.State;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>The catch-all Graph route: faults, token, rate limits, then dispatch on the path's object and edge.</summary>
internal sealed class GraphEndpoint(
    SandboxState state,
    TokenService tokens,
    RateLimiter rateLimiter,
    TokenExchange exchange,
    AccountGraph accounts,
    PublishingGraph publishing,
    CommentGraph comments,
    MessagingGraph messaging,
    InsightsGraph insights)
{
    public async Task HandleAsync(HttpContext context, string? path)
    {
        try
        {
            await ApplyLatencyAsync(context.RequestAborted);
            var request = await GraphRequest.ReadAsync(context, path ?? string.Empty);
            ApplyFaults(request);
            var result = await DispatchAsync(context, request);
            await WriteAsync(context, 200, result);
        }
        catch (GraphException error)
        {
            if (error.IsTokenError)
            {
                context.Response.Headers.WWWAuthenticate = $"OAuth \"Facebook Platform\" \"invalid_token\" \"{error.Message.Replace("\"", "'", StringComparison.Ordinal)}\"";
            }
            await WriteAsync(context, error.Status, error.ToEnvelope());
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private async Task ApplyLatencyAsync(CancellationToken cancellation)
    {
        int latency;
        lock (state.Gate)
        {
            latency = state.LatencyMilliseconds;
        }
        if (latency > 0)
        {
            await Task.Delay(latency, cancellation);
        }
    }

    private void ApplyFaults(GraphRequest request)
    {
        var path = "/" + string.Join('/', request.Segments);
        lock (state.Gate)
        {
            var fault = state.PathFaults.FirstOrDefault(f => f.Remaining > 0 && path.Contains(f.PathContains, StringComparison.OrdinalIgnoreCase));
            if (fault is not null)
            {
                fault.Remaining--;
                throw new GraphException(fault.Code, fault.Subcode, fault.Message ?? "An unexpected error has occurred. Please retry your request later.",
                    fault.Status, isTransient: fault.Code is 1 or 2 or -1 or -2);
            }
            if (state.ErrorRate > 0 && Random.Shared.NextDouble() < state.ErrorRate)
            {
                throw new GraphException(2, null, "An unexpected error has occurred. Please retry your request later.", 500, isTransient: true);
            }
        }
    }

    private async Task<JsonNode> DispatchAsync(HttpContext context, GraphRequest request)
    {
        var segments = request.Segments;
        if (segments.Count == 1 && segments[0] == "access_token" && request.Method == "GET")
        {
            return exchange.ExchangeForLongLived(request);
        }
        if (segments.Count == 1 && segments[0] == "refresh_access_token" && request.Method == "GET")
        {
            return exchange.Refresh(request);
        }
        if (segments.Count == 0)
        {
            throw GraphException.Unsupported(request.Method, "");
        }

        Account account;
        AccessToken token;
        lock (state.Gate)
        {
            token = tokens.Validate(request.Token);
            account = state.Data.Accounts[token.AccountId];
        }
        var id = segments[0];
        var edge = segments.Count > 1 ? segments[1] : null;
        // Messaging has its own per-second limits and is left out of the Business Use Case budget.
        if (edge is not ("messages" or "conversations" or "messenger_profile"))
        {
            rateLimiter.Count(context, account.Id);
        }
        if (segments.Count > 2)
        {
            throw GraphException.Unsupported(request.Method, string.Join('/', segments));
        }
        if (id == "me" || id == account.Id || id == account.AppScopedId)
        {
            return await AccountEdgeAsync(request, account, token, id == "me" || id == account.AppScopedId, edge);
        }
        return await ObjectAsync(request, account, token, id, edge);
    }

    private async Task<JsonNode> AccountEdgeAsync(GraphRequest request, Account account, AccessToken token, bool viaMe, string? edge)
    {
        return (request.Method, edge) switch
        {
            ("GET", null) => accounts.Node(request, account, viaMe),
            ("GET", "media") => accounts.MediaList(request, account, stories: false),
            ("GET", "stories") => accounts.MediaList(request, account, stories: true),
            ("GET", "tags") => new JsonObject { ["data"] = new JsonArray() },
            ("POST", "media") => await publishing.CreateContainerAsync(request, account, token),
            ("POST", "media_publish") => publishing.Publish(request, account, token),
            ("GET", "content_publishing_limit") => publishing.Limit(request, account),
            ("GET", "insights") => insights.Account(request, account, token),
            ("POST", "messages") => messaging.Send(request, account, token),
            ("GET", "conversations") => messaging.Conversations(request, account, token),
            ("GET", "messenger_profile") => messaging.GetProfile(request, account, token),
            ("POST", "messenger_profile") => messaging.SetProfile(request, account, token),
            ("DELETE", "messenger_profile") => messaging.DeleteProfile(request, account, token),
            ("GET", "subscribed_apps") => accounts.SubscribedApps(account),
            ("POST", "subscribed_apps") => accounts.Subscribe(request, account),
            ("DELETE", "subscribed_apps") => accounts.Unsubscribe(account),
            _ => throw GraphException.Unsupported(request.Method, account.Id + (edge is null ? "" : "/" + edge)),
        };
    }

    private Task<JsonNode> ObjectAsync(GraphRequest request, Account account, AccessToken token, string id, string? edge)
    {
        lock (state.Gate)
        {
            var data = state.Data;
            if (data.Containers.TryGetValue(id, out var container) && container.AccountId == account.Id && edge is null && request.Method == "GET")
            {
                return Task.FromResult<JsonNode>(publishing.ContainerNode(request, container));
            }
            if (data.Media.TryGetValue(id, out var media) && media.AccountId == account.Id)
            {
                JsonNode result = (request.Method, edge) switch
                {
                    ("GET", null) => accounts.MediaNode(request, media),
                    ("POST", null) => AccountGraph.UpdateMedia(request, media),
                    ("GET", "children") => accounts.Children(request, media),
                    ("GET", "comments") => comments.List(request, media, token),
                    ("POST", "comments") => comments.Create(request, account, media, token),
                    ("GET", "insights") => insights.Media(request, media, token),
                    _ => throw GraphException.Unsupported(request.Method, id),
                };
                return Task.FromResult(result);
            }
            if (data.Comments.TryGetValue(id, out var comment) && data.Media[comment.MediaId].AccountId == account.Id)
            {
                JsonNode result = (request.Method, edge) switch
                {
                    ("GET", null) => comments.Node(request, comment, token),
                    ("POST", null) => CommentGraph.Update(request, comment, account, token),
                    ("DELETE", null) => comments.Delete(comment, token),
                    ("GET", "replies") => comments.Replies(request, comment, token),
                    ("POST", "replies") => comments.Reply(request, account, comment, token),
                    _ => throw GraphException.Unsupported(request.Method, id),
                };
                return Task.FromResult(result);
            }
            if (request.Method == "GET" && edge is null && messaging.TryNode(request, account, token, id) is { } node)
            {
                return Task.FromResult(node);
            }
        }
        throw GraphException.Unsupported(request.Method, id);
    }

    internal static void RequireScope(AccessToken token, string scope)
    {
        if (!token.Scopes.Contains(scope, StringComparer.Ordinal))
        {
            throw GraphException.Permission();
        }
    }
}
