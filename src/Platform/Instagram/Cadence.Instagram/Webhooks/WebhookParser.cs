using System.Text.Json;

namespace Cadence.Instagram;

/// <summary>Parses the three delivery shapes: <c>changes[]</c>, <c>messaging[]</c>, and the flat <c>field</c>/<c>value</c> entry.</summary>
public static class WebhookParser
{
    // Entry times are seconds in changes and milliseconds in messaging samples; no real second count reaches 10^11.
    private const long MillisecondThreshold = 100_000_000_000;

    public static WebhookPayload Parse(ReadOnlySpan<byte> rawBody)
    {
        var reader = new Utf8JsonReader(rawBody);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var entries = new List<WebhookEntry>();
        if (root.TryGetProperty("entry", out var entryArray) && entryArray.ValueKind == JsonValueKind.Array)
        {
            entries.AddRange(entryArray.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(Entry));
        }

        return new WebhookPayload(Text(root, "object"), entries);
    }

    private static WebhookEntry Entry(JsonElement entry)
    {
        var changes = Array(entry, "changes").Select(c => Change(Text(c, "field") ?? string.Empty, c.TryGetProperty("value", out var v) ? v : default)).ToList();
        if (Text(entry, "field") is { } flatField)
        {
            changes.Add(Change(flatField, entry.TryGetProperty("value", out var flatValue) ? flatValue : default));
        }

        var messaging = Array(entry, "messaging").Select(Messaging).ToList();
        return new WebhookEntry(Text(entry, "id") ?? string.Empty, Time(entry, "time"), changes, messaging);
    }

    private static WebhookChange Change(string field, JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.Undefined ? string.Empty : value.GetRawText();
        if (value.ValueKind != JsonValueKind.Object)
        {
            return new WebhookChange(field, null, null, raw);
        }

        if (field == "mentions")
        {
            return new WebhookChange(field, null, new MentionEvent(Text(value, "media_id"), Text(value, "comment_id")), raw);
        }

        var comment = field is "comments" or "live_comments" && Text(value, "id") is { } id
            ? new CommentEvent(id, Text(value, "text"), Text(value, "parent_id"), User(value), Media(value))
            : null;
        return new WebhookChange(field, comment, null, raw);
    }

    private static WebhookUser? User(JsonElement value) =>
        value.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
            ? new WebhookUser(Text(from, "id") ?? string.Empty, Text(from, "username"), Text(from, "self_ig_scoped_id"))
            : null;

    private static WebhookMedia? Media(JsonElement value) =>
        value.TryGetProperty("media", out var media) && media.ValueKind == JsonValueKind.Object
            ? new WebhookMedia(Text(media, "id") ?? string.Empty, Text(media, "media_product_type"), Text(media, "ad_id"), Text(media, "ad_title"), Text(media, "original_media_id"))
            : null;

    private static WebhookMessaging Messaging(JsonElement item) => new(
        Nested(item, "sender", "id"),
        Nested(item, "recipient", "id"),
        Time(item, "timestamp"),
        Object(item, "message") is { } m ? Message(m) : null,
        Object(item, "reaction") is { } r ? new ReactionEvent(Text(r, "mid") ?? string.Empty, Text(r, "action"), Text(r, "reaction"), Text(r, "emoji")) : null,
        Object(item, "postback") is { } p ? new PostbackEvent(Text(p, "mid"), Text(p, "title"), Text(p, "payload")) : null,
        Nested(item, "read", "mid"),
        Object(item, "referral") is { } f ? new ReferralEvent(Text(f, "ref"), Text(f, "source"), Text(f, "type")) : null,
        Object(item, "message_edit") is { } e ? new MessageEditEvent(Text(e, "mid") ?? string.Empty, Text(e, "text"), Int(e, "num_edit")) : null);

    private static MessageEvent Message(JsonElement message) => new(
        Text(message, "mid") ?? string.Empty,
        Text(message, "text"),
        Array(message, "attachments").Select(a => new MessageEventAttachment(Text(a, "type") ?? string.Empty, Nested(a, "payload", "url"))).ToList(),
        Flag(message, "is_echo"),
        Flag(message, "is_deleted"),
        Flag(message, "is_unsupported"),
        Nested(message, "quick_reply", "payload"),
        Nested(message, "reply_to", "mid"));

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object)
            : [];

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Nested(JsonElement element, string name, string inner) =>
        Object(element, name) is { } nested ? Text(nested, inner) : null;

    // Ids may arrive as numbers; keep their digits exactly.
    private static string? Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static DateTimeOffset? Time(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            return null;
        }

        return number >= MillisecondThreshold ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
    }
}
