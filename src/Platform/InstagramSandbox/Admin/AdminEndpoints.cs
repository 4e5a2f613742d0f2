using System.Text.Json;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Graph;
using Cadence.InstagramSandbox.State;
using Cadence.InstagramSandbox.Webhooks;

namespace Cadence.InstagramSandbox.Admin;

/// <summary>JSON endpoints under <c>_admin</c> that tests and people use to drive the sandbox.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        var admin = group.MapGroup("/_admin");
        admin.MapPost("/accounts", CreateAccount);
        admin.MapGet("/accounts", ListAccounts);
        admin.MapPost("/accounts/{id}/tokens", IssueToken);
        admin.MapGet("/accounts/{id}/media", PublishedMedia);
        admin.MapPost("/accounts/{id}/comments", SimulateComment);
        admin.MapPost("/accounts/{id}/mentions", SimulateMention);
        admin.MapPost("/accounts/{id}/messages", SimulateMessage);
        admin.MapPost("/tokens/revoke", RevokeToken);
        admin.MapGet("/publish-calls", PublishCalls);
        admin.MapGet("/clock", Clock);
        admin.MapPost("/clock/advance", AdvanceClock);
        admin.MapPost("/faults", SetFaults);
        admin.MapPost("/faults/path", AddPathFault);
        admin.MapPost("/faults/media", FailMedia);
        admin.MapDelete("/faults", ClearFaults);
        admin.MapPost("/webhooks", SetWebhook);
        admin.MapGet("/webhooks/deliveries", Deliveries);
        admin.MapPost("/webhooks/flush", FlushWebhooks);
    }

    private static async Task<JsonObject> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            throw GraphException.Parameter("(#100) The body must be a JSON object");
        }
    }

    private static IResult Json(JsonNode node, int status = 200) => Results.Text(node.ToJsonString(), "application/json", statusCode: status);

    private static IResult Problem(GraphException error) => Json(error.ToEnvelope(), error.Status);

    private static Account Find(SandboxState state, string id) =>
        state.FindAccount(id) ?? state.FindByUsername(id) ?? throw GraphException.Unsupported("GET", id);

    private static async Task<IResult> CreateAccount(HttpContext context, SandboxState state, AccountFactory factory, TokenService tokens)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                var account = factory.Create(
                    body["username"]?.ToString() ?? "", body["account_type"]?.ToString() ?? "BUSINESS",
                    body["followers_count"]?.GetValue<int>() ?? 1000);
                var token = tokens.Issue(account.Id, TokenKind.Long);
                return Json(AccountJson(account, token.Value), 201);
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static JsonObject AccountJson(Account account, string? token) => new()
    {
        ["id"] = account.AppScopedId,
        ["user_id"] = account.Id,
        ["username"] = account.Username,
        ["account_type"] = account.AccountType,
        ["followers_count"] = account.FollowersCount,
        ["access_token"] = token,
    };

    private static IResult ListAccounts(SandboxState state)
    {
        lock (state.Gate)
        {
            return Json(new JsonObject
            {
                ["data"] = new JsonArray(state.Data.Accounts.Values.OrderBy(a => a.Username, StringComparer.Ordinal)
                    .Select(a => (JsonNode)AccountJson(a, null)).ToArray()),
            });
        }
    }

    private static IResult IssueToken(string id, HttpContext context, SandboxState state, TokenService tokens)
    {
        try
        {
            lock (state.Gate)
            {
                var account = Find(state, id);
                var kind = context.Request.Query["kind"] == "short" ? TokenKind.Short : TokenKind.Long;
                var scopes = context.Request.Query["scope"].ToString() is { Length: > 0 } s ? s.Split(',') : null;
                var token = tokens.Issue(account.Id, kind, scopes);
                return Json(new JsonObject { ["access_token"] = token.Value, ["expires_at"] = token.ExpiresAt.ToUnixTimeSeconds() }, 201);
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static IResult PublishedMedia(string id, SandboxState state, Nodes nodes)
    {
        try
        {
            lock (state.Gate)
            {
                var account = Find(state, id);
                var media = state.Data.Media.Values.Where(m => m.AccountId == account.Id && !m.IsChild)
                    .OrderByDescending(m => m.Timestamp).Select(m =>
                    {
                        var node = nodes.Media(m);
                        node["container_id"] = m.ContainerId;
                        return (JsonNode)node;
                    });
                return Json(new JsonObject { ["data"] = new JsonArray(media.ToArray()) });
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static IResult PublishCalls(SandboxState state)
    {
        lock (state.Gate)
        {
            var calls = state.Data.PublishCalls.Select(c => (JsonNode)new JsonObject
            {
                ["account_id"] = c.AccountId,
                ["creation_id"] = c.CreationId,
                ["at"] = Paging.Timestamp(c.At),
                ["succeeded"] = c.Succeeded,
                ["media_id"] = c.MediaId,
                ["error_code"] = c.ErrorCode,
                ["error_subcode"] = c.ErrorSubcode,
            });
            return Json(new JsonObject { ["data"] = new JsonArray(calls.ToArray()) });
        }
    }

    private static async Task<IResult> SimulateComment(string id, HttpContext context, SandboxState state, CommentGraph comments)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                var account = Find(state, id);
                var mediaId = body["media_id"]?.ToString()
                    ?? state.Data.Media.Values.Where(m => m.AccountId == account.Id && !m.IsChild).OrderByDescending(m => m.Timestamp).FirstOrDefault()?.Id
                    ?? throw GraphException.Parameter("(#100) The account has no published media to comment on");
                if (!state.Data.Media.TryGetValue(mediaId, out var media) || media.AccountId != account.Id)
                {
                    throw GraphException.Unsupported("POST", mediaId);
                }
                var parent = body["parent_id"]?.ToString();
                if (parent is not null && !state.Data.Comments.ContainsKey(parent))
                {
                    throw GraphException.Unsupported("POST", parent);
                }
                var (fromId, username) = Follower(state, body);
                var comment = comments.Add(media, parent, fromId, username, body["text"]?.ToString() ?? "Love this!");
                return Json(new JsonObject { ["id"] = comment.Id, ["media_id"] = media.Id, ["from"] = new JsonObject { ["id"] = fromId, ["username"] = username } }, 201);
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static (string Id, string Username) Follower(SandboxState state, JsonObject body)
    {
        var username = body["username"]?.ToString() ?? "follower_" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fromId = body["from_id"]?.ToString() ?? "6" + state.NewId("9");
        return (fromId, username);
    }

    private static async Task<IResult> SimulateMention(string id, HttpContext context, SandboxState state, SandboxClock clock, WebhookQueue webhooks)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                var account = Find(state, id);
                var (fromId, username) = Follower(state, body);
                var commentId = state.NewId("178");
                var mediaId = body["media_id"]?.ToString() ?? state.NewId("181");
                var text = body["text"]?.ToString() ?? $"@{account.Username} look at this!";
                // Under Instagram Login, mentions arrive inside the comments field.
                webhooks.Enqueue(account, "comments", new JsonObject
                {
                    ["field"] = "comments",
                    ["value"] = new JsonObject
                    {
                        ["id"] = commentId,
                        ["text"] = text,
                        ["from"] = new JsonObject { ["id"] = fromId, ["username"] = username },
                        ["media"] = new JsonObject { ["id"] = mediaId, ["media_product_type"] = "FEED" },
                    },
                }, false);
                return Json(new JsonObject { ["comment_id"] = commentId, ["media_id"] = mediaId, ["at"] = Paging.Timestamp(clock.GetUtcNow()) }, 201);
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static async Task<IResult> SimulateMessage(string id, HttpContext context, SandboxState state, SandboxClock clock, MessagingGraph messaging)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                var account = Find(state, id);
                var (fromId, username) = Follower(state, body);
                var existing = body["from_id"] is null && body["username"] is { } name
                    ? state.Data.Conversations.Values.FirstOrDefault(c => c.AccountId == account.Id && c.Username == name.ToString())
                    : null;
                if (existing is not null)
                {
                    fromId = existing.UserId;
                }
                var now = clock.GetUtcNow();
                var conversation = messaging.Conversation(account, fromId, username, now);
                var message = messaging.AddMessage(conversation, fromId, username, account.Id, account.Username,
                    body["text"]?.ToString() ?? "Hi! Are you open today?", null, null, now);
                return Json(new JsonObject
                {
                    ["mid"] = message.Id, ["sender_id"] = fromId, ["username"] = username, ["conversation_id"] = conversation.Id,
                }, 201);
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static async Task<IResult> RevokeToken(HttpContext context, SandboxState state)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                var revoked = 0;
                if (body["access_token"]?.ToString() is { } value && state.Data.Tokens.TryGetValue(value, out var token))
                {
                    token.Revoked = true;
                    revoked++;
                }
                if (body["account_id"]?.ToString() is { } accountId)
                {
                    var account = Find(state, accountId);
                    foreach (var t in state.Data.Tokens.Values.Where(t => t.AccountId == account.Id))
                    {
                        t.Revoked = true;
                        revoked++;
                    }
                }
                return revoked == 0
                    ? Problem(new GraphException(190, null, "Invalid OAuth access token - Cannot parse access token"))
                    : Json(new JsonObject { ["success"] = true, ["revoked"] = revoked });
            }
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static IResult Clock(SandboxClock clock) => Json(new JsonObject
    {
        ["now"] = Paging.Timestamp(clock.GetUtcNow()),
        ["unix"] = clock.GetUtcNow().ToUnixTimeSeconds(),
        ["offset_seconds"] = clock.Offset.TotalSeconds,
    });

    private static async Task<IResult> AdvanceClock(HttpContext context, SandboxClock clock)
    {
        try
        {
            var body = await ReadAsync(context);
            var seconds = (body["seconds"]?.GetValue<double>() ?? 0) + (body["minutes"]?.GetValue<double>() ?? 0) * 60
                + (body["hours"]?.GetValue<double>() ?? 0) * 3600 + (body["days"]?.GetValue<double>() ?? 0) * 86400;
            if (seconds < 0)
            {
                throw GraphException.Parameter("(#100) The clock only moves forward");
            }
            clock.Advance(TimeSpan.FromSeconds(seconds));
            return Clock(clock);
        }
        catch (GraphException error)
        {
            return Problem(error);
        }
    }

    private static async Task<IResult> SetFaults(HttpContext context, SandboxState state)
    {
        try
        {
            var body = await ReadAsync(context);
            lock (state.Gate)
            {
                if (body["latency_ms"] is { } latency)
                {
                    state.LatencyMilliseconds = Math.Max(0, latency.GetValue<int>());
                }
                if (body["error_rate"] is { } rate)
                {
                    state.ErrorRate = Math.Clamp(rate.GetValue<double>(), 0, 1);
                }
                if (body["webhook_duplicate_rate"] is { } duplicates)
                {
                    state.WebhookDuplicateRate = Math.Clamp(duplicates.GetValue<double>(), 0, 1);
                }
                return Json(Faults(state));
            }
        }
        catch (Exception error) when (error is GraphException or InvalidOperationException or FormatException)
        {
            return Problem(error as GraphException ?? GraphException.Parameter("(#100) " + error.Message));
        }
    }

    private static JsonObject Faults(SandboxState state) => new()
    {
        ["latency_ms"] = state.LatencyMilliseconds,
        ["error_rate"] = state.ErrorRate,
        ["webhook_duplicate_rate"] = state.WebhookDuplicateRate,
        ["fail_next_media"] = state.FailNextMediaCount,
        ["fail_next_media_subcode"] = state.FailNextMediaSubcode,
        ["path_faults"] = new JsonArray(state.PathFaults.Select(f => (JsonNode)new JsonObject
        {
            ["path"] = f.PathContains, ["code"] = f.Code, ["subcode"] = f.Subcode, ["status"] = f.Status, ["remaining"] = f.Remaining,
        }).ToArray()),
    };

    private static async Task<IResult> AddPathFault(HttpContext context, SandboxState state)
    {
        try
        {
            var body = await ReadAsync(context);
            var fault = new PathFault
            {
                PathContains = body["path"]?.ToString() ?? throw GraphException.Parameter("(#100) path is required"),
                Code = body["code"]?.GetValue<int>() ?? throw GraphException.Parameter("(#100) code is required"),
                Subcode = body["subcode"]?.GetValue<int>(),
                Status = body["status"]?.GetValue<int>() ?? 400,
                Message = body["message"]?.ToString(),
                Remaining = body["count"]?.GetValue<int>() ?? 1,
            };
            lock (state.Gate)
            {
                state.PathFaults.Add(fault);
                return Json(Faults(state), 201);
            }
        }
        catch (Exception error) when (error is GraphException or InvalidOperationException or FormatException)
        {
            return Problem(error as GraphException ?? GraphException.Parameter("(#100) " + error.Message));
        }
    }

    private static async Task<IResult> FailMedia(HttpContext context, SandboxState state)
    {
        var body = await ReadAsync(context);
        lock (state.Gate)
        {
            state.FailNextMediaCount = body["count"]?.GetValue<int>() ?? 1;
            state.FailNextMediaSubcode = body["subcode"]?.GetValue<int>() ?? 2207026;
            return Json(Faults(state), 201);
        }
    }

    private static IResult ClearFaults(SandboxState state)
    {
        lock (state.Gate)
        {
            state.LatencyMilliseconds = 0;
            state.ErrorRate = 0;
            state.PathFaults.Clear();
            state.FailNextMediaCount = 0;
            state.WebhookDuplicateRate = null;
            return Json(Faults(state));
        }
    }

    private static async Task<IResult> SetWebhook(HttpContext context, SandboxState state)
    {
        var body = await ReadAsync(context);
        var url = body["callback_url"]?.ToString();
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Problem(GraphException.Parameter("(#100) callback_url must be an absolute URL"));
        }
        lock (state.Gate)
        {
            state.Data.WebhookCallbackUrl = url;
            if (body["duplicate_rate"] is { } rate)
            {
                state.WebhookDuplicateRate = Math.Clamp(rate.GetValue<double>(), 0, 1);
            }
        }
        return Json(new JsonObject { ["callback_url"] = url, ["success"] = true });
    }

    private static IResult Deliveries(WebhookDelivery delivery) => Json(new JsonObject
    {
        ["data"] = new JsonArray(delivery.Log.Select(d => (JsonNode)new JsonObject
        {
            ["at"] = Paging.Timestamp(d.At), ["url"] = d.Url, ["status"] = d.Status, ["attempt"] = d.Attempt,
            ["duplicate"] = d.Duplicate, ["body"] = d.Body,
        }).ToArray()),
    });

    private static async Task<IResult> FlushWebhooks(HttpContext context, WebhookDelivery delivery)
    {
        await delivery.DeliverOnceAsync(context.RequestAborted);
        return Json(new JsonObject { ["success"] = true });
    }
}
