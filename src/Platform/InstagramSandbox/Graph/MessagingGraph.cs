using System.Text;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;
using Cadence.InstagramSandbox.Webhooks;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>Send API (24 h window, private replies), conversations and ice breakers.</summary>
internal sealed class MessagingGraph(SandboxState state, SandboxClock clock, WebhookQueue webhooks)
{
    private const string Scope = "instagram_business_manage_messages";
    private static readonly HashSet<string> AttachmentTypes = ["image", "audio", "video", "file", "MEDIA_SHARE", "like_heart"];

    public JsonNode Send(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        var recipient = request.Json("recipient") as JsonObject
            ?? throw GraphException.Parameter("(#100) The parameter recipient is required");
        var message = request.Json("message") as JsonObject;
        var senderAction = request["sender_action"];
        lock (state.Gate)
        {
            var now = clock.GetUtcNow();
            if (recipient["comment_id"]?.ToString() is { } commentId)
            {
                return PrivateReply(account, commentId, message, now);
            }
            var userId = recipient["id"]?.ToString() ?? throw GraphException.Parameter("(#100) recipient.id or recipient.comment_id is required");
            var conversation = state.Data.Conversations.Values.FirstOrDefault(c => c.AccountId == account.Id && c.UserId == userId)
                ?? throw new GraphException(100, 2018001, "(#100) No matching user found");
            var window = request["tag"] == "HUMAN_AGENT" ? TimeSpan.FromDays(7) : TimeSpan.FromHours(24);
            if (conversation.LastUserMessageAt is not { } last || now - last > window)
            {
                throw new GraphException(10, 2534022, "(#10) This message is sent outside of allowed window.",
                    userTitle: "Outside the messaging window", userMessage: "You can reply within 24 hours of the person's last message.");
            }
            if (senderAction is "react" or "unreact")
            {
                return new JsonObject { ["recipient_id"] = userId };
            }
            var (text, attachmentType, attachmentUrl) = Content(message);
            var stored = AddMessage(conversation, account.Id, account.Username, userId, conversation.Username, text, attachmentType, attachmentUrl, now);
            return new JsonObject { ["recipient_id"] = userId, ["message_id"] = stored.Id };
        }
    }

    private JsonObject PrivateReply(Account account, string commentId, JsonObject? message, DateTimeOffset now)
    {
        if (!state.Data.Comments.TryGetValue(commentId, out var comment) || state.Data.Media[comment.MediaId].AccountId != account.Id)
        {
            throw GraphException.Unsupported("POST", commentId);
        }
        if (comment.PrivateReplySent)
        {
            throw new GraphException(10, 2534023, "(#10) This comment has already been replied to privately.",
                userTitle: "Already replied", userMessage: "You can send only one private reply per comment.");
        }
        if (now - comment.Timestamp > TimeSpan.FromDays(7))
        {
            throw new GraphException(10, 2534022, "(#10) This message is sent outside of allowed window.",
                userTitle: "Comment too old", userMessage: "Private replies are possible within 7 days of the comment.");
        }
        var (text, attachmentType, attachmentUrl) = Content(message);
        comment.PrivateReplySent = true;
        var conversation = Conversation(account, comment.FromId, comment.FromUsername, now);
        var stored = AddMessage(conversation, account.Id, account.Username, comment.FromId, comment.FromUsername, text, attachmentType, attachmentUrl, now);
        return new JsonObject { ["recipient_id"] = comment.FromId, ["message_id"] = stored.Id };
    }

    private static (string? Text, string? Type, string? Url) Content(JsonObject? message)
    {
        if (message is null)
        {
            throw GraphException.Parameter("(#100) The parameter message is required");
        }
        if (message["text"]?.ToString() is { } text)
        {
            if (text.Length == 0)
            {
                throw GraphException.Parameter("(#100) The message text must not be empty");
            }
            if (Encoding.UTF8.GetByteCount(text) > 1000)
            {
                throw new GraphException(100, 2534064, "(#100) Length of param message[text] must be less than or equal to 1000",
                    userTitle: "Message too long", userMessage: "A message can have at most 1,000 bytes of text.");
            }
            return (text, null, null);
        }
        var attachment = message["attachment"] as JsonObject
            ?? (message["attachments"] as JsonArray)?.FirstOrDefault() as JsonObject
            ?? throw GraphException.Parameter("(#100) The message needs text or an attachment");
        if (message["attachments"] is JsonArray many && many.Count > 10)
        {
            throw GraphException.Parameter("(#100) A message can carry at most 10 images");
        }
        var type = attachment["type"]?.ToString() ?? "";
        if (!AttachmentTypes.Contains(type))
        {
            throw GraphException.Parameter($"(#100) Unsupported attachment type {type}");
        }
        var url = attachment["payload"]?["url"]?.ToString();
        if (type is "image" or "audio" or "video" or "file" && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw GraphException.Parameter("(#100) The attachment needs a valid payload.url");
        }
        return (null, type, url);
    }

    public Conversation Conversation(Account account, string userId, string username, DateTimeOffset now)
    {
        var conversation = state.Data.Conversations.Values.FirstOrDefault(c => c.AccountId == account.Id && c.UserId == userId);
        if (conversation is null)
        {
            conversation = new Conversation { Id = "aWdfZAG06" + state.NewId("1"), AccountId = account.Id, UserId = userId, Username = username, UpdatedAt = now };
            state.Data.Conversations[conversation.Id] = conversation;
        }
        return conversation;
    }

    public Message AddMessage(Conversation conversation, string fromId, string fromUsername, string toId, string toUsername,
        string? text, string? attachmentType, string? attachmentUrl, DateTimeOffset now)
    {
        var message = new Message
        {
            Id = "aWdfZAG1" + state.NewId("5"),
            ConversationId = conversation.Id,
            FromId = fromId,
            FromUsername = fromUsername,
            ToId = toId,
            ToUsername = toUsername,
            Text = text,
            AttachmentType = attachmentType,
            AttachmentUrl = attachmentUrl,
            CreatedAt = now,
        };
        conversation.Messages.Add(message);
        conversation.UpdatedAt = now;
        var account = state.Data.Accounts[conversation.AccountId];
        var fromUser = fromId == conversation.UserId;
        if (fromUser)
        {
            conversation.LastUserMessageAt = now;
        }
        var body = new JsonObject { ["mid"] = message.Id };
        if (text is not null)
        {
            body["text"] = text;
        }
        if (attachmentType is not null)
        {
            body["attachments"] = new JsonArray(new JsonObject { ["type"] = attachmentType, ["payload"] = new JsonObject { ["url"] = attachmentUrl } });
        }
        if (!fromUser)
        {
            body["is_echo"] = true;
        }
        var ms = now.ToUnixTimeMilliseconds();
        webhooks.Enqueue(account, fromUser ? "messages" : "message_echoes", new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = fromId },
            ["recipient"] = new JsonObject { ["id"] = toId },
            ["timestamp"] = ms,
            ["message"] = body,
        }, true);
        return message;
    }

    public JsonNode Conversations(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        var userId = request["user_id"];
        lock (state.Gate)
        {
            var items = state.Data.Conversations.Values
                .Where(c => c.AccountId == account.Id && (userId is null || c.UserId == userId))
                .OrderByDescending(c => c.UpdatedAt)
                .Select(c => ConversationNode(c, account))
                .ToList();
            return Paging.Page(items, request);
        }
    }

    private static JsonObject ConversationNode(Conversation conversation, Account account) => new()
    {
        ["id"] = conversation.Id,
        ["updated_time"] = Paging.Timestamp(conversation.UpdatedAt),
        ["participants"] = new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["id"] = account.Id, ["username"] = account.Username },
                new JsonObject { ["id"] = conversation.UserId, ["username"] = conversation.Username }),
        },
        ["messages"] = new JsonObject
        {
            ["data"] = new JsonArray(conversation.Messages.OrderByDescending(m => m.CreatedAt).Take(20)
                .Select(m => (JsonNode)MessageNode(m)).ToArray()),
        },
    };

    private static JsonObject MessageNode(Message message)
    {
        var node = new JsonObject
        {
            ["id"] = message.Id,
            ["created_time"] = Paging.Timestamp(message.CreatedAt),
            ["from"] = new JsonObject { ["id"] = message.FromId, ["username"] = message.FromUsername },
            ["to"] = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["id"] = message.ToId, ["username"] = message.ToUsername }) },
            ["message"] = message.Text ?? "",
        };
        if (message.AttachmentType is not null)
        {
            node["attachments"] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = message.AttachmentType, ["url"] = message.AttachmentUrl }),
            };
        }
        return node;
    }

    /// <summary>A conversation, a message or a person who messaged the account. Call with the gate held.</summary>
    public JsonNode? TryNode(GraphRequest request, Account account, AccessToken token, string id)
    {
        if (state.Data.Conversations.TryGetValue(id, out var conversation) && conversation.AccountId == account.Id)
        {
            GraphEndpoint.RequireScope(token, Scope);
            return Fields.Project(ConversationNode(conversation, account), request.FieldSelection);
        }
        var message = state.Data.Conversations.Values.Where(c => c.AccountId == account.Id)
            .SelectMany(c => c.Messages).FirstOrDefault(m => m.Id == id);
        if (message is not null)
        {
            GraphEndpoint.RequireScope(token, Scope);
            return Fields.Project(MessageNode(message), request.FieldSelection);
        }
        var person = state.Data.Conversations.Values.FirstOrDefault(c => c.AccountId == account.Id && c.UserId == id);
        if (person is not null)
        {
            var node = new JsonObject
            {
                ["id"] = person.UserId,
                ["name"] = person.Username,
                ["username"] = person.Username,
                ["profile_pic"] = $"https://scontent.cdninstagram.com/v/sandbox/profile/{person.UserId}.jpg",
                ["follower_count"] = 42,
                ["is_user_follow_business"] = true,
                ["is_business_follow_user"] = false,
            };
            return Fields.Project(node, request.FieldSelection);
        }
        return null;
    }

    public JsonNode GetProfile(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        lock (state.Gate)
        {
            var data = new JsonArray();
            if (account.IceBreakers.Count > 0)
            {
                var byLocale = account.IceBreakers.GroupBy(b => b.Locale).Select(g => (JsonNode)new JsonObject
                {
                    ["call_to_actions"] = new JsonArray(g.Select(b => (JsonNode)new JsonObject { ["question"] = b.Question, ["payload"] = b.Payload }).ToArray()),
                    ["locale"] = g.Key,
                });
                data.Add(new JsonObject { ["ice_breakers"] = new JsonArray(byLocale.ToArray()) });
            }
            return new JsonObject { ["data"] = data };
        }
    }

    public JsonNode SetProfile(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        if (request["platform"] is { } platform && platform != "instagram")
        {
            throw GraphException.Parameter("(#100) platform must be instagram");
        }
        if (request.Json("ice_breakers") is not JsonArray locales || locales.Count == 0)
        {
            throw GraphException.Parameter("(#100) The parameter ice_breakers is required");
        }
        var breakers = new List<IceBreaker>();
        foreach (var entry in locales)
        {
            var locale = entry?["locale"]?.ToString() ?? "default";
            var actions = entry?["call_to_actions"] as JsonArray ?? throw GraphException.Parameter("(#100) call_to_actions is required");
            if (actions.Count is 0 or > 4)
            {
                throw GraphException.Parameter("(#100) Ice breakers can have at most 4 questions");
            }
            foreach (var action in actions)
            {
                var question = action?["question"]?.ToString();
                var payload = action?["payload"]?.ToString();
                if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(payload))
                {
                    throw GraphException.Parameter("(#100) Each ice breaker needs a question and a payload");
                }
                breakers.Add(new IceBreaker(question, payload, locale));
            }
        }
        if (!breakers.Any(b => b.Locale == "default"))
        {
            throw GraphException.Parameter("(#100) A default locale is required for ice breakers");
        }
        lock (state.Gate)
        {
            account.IceBreakers = breakers;
        }
        return new JsonObject { ["result"] = "success" };
    }

    public JsonNode DeleteProfile(GraphRequest request, Account account, AccessToken token)
    {
        GraphEndpoint.RequireScope(token, Scope);
        if (!request.List("fields").Contains("ice_breakers", StringComparer.Ordinal))
        {
            throw GraphException.Parameter("(#100) fields must include ice_breakers");
        }
        lock (state.Gate)
        {
            account.IceBreakers = [];
        }
        return new JsonObject { ["result"] = "success" };
    }
}
