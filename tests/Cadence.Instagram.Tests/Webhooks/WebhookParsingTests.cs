using System.Text;

namespace Cadence.Instagram.Tests.Webhooks;

public sealed class WebhookParsingTests
{
    private const string Changes = """
        {"object":"instagram","entry":[{"id":"17841400000000001","time":1520622968,
          "changes":[{"field":"comments","value":{
             "id":"17865799348089039","text":"nice","parent_id":"17858893269000001",
             "from":{"id":"igsid-1","username":"someone","self_ig_scoped_id":"self-1"},
             "media":{"id":"17920238422030506","media_product_type":"FEED","ad_id":"ad-1","ad_title":"Ad","original_media_id":"orig-1"}}},
             {"field":"mentions","value":{"media_id":"17918195224117851","comment_id":"17894227972186120"}}]}]}
        """;

    private const string Messaging = """
        {"object":"instagram","entry":[{"id":"17841400000000001","time":1569262486134,"messaging":[
           {"sender":{"id":"igsid-2"},"recipient":{"id":"17841400000000001"},"timestamp":1569262485349,
            "message":{"mid":"mid.1","text":"hello","attachments":[{"type":"image","payload":{"url":"https://cdn.example/x.jpg"}}],
                       "is_echo":true,"quick_reply":{"payload":"YES"},"reply_to":{"mid":"mid.0"}}},
           {"sender":{"id":"igsid-2"},"recipient":{"id":"1784"},"timestamp":1569262485350,"reaction":{"mid":"mid.1","action":"react","reaction":"love","emoji":"❤️"}},
           {"sender":{"id":"igsid-2"},"recipient":{"id":"1784"},"timestamp":1569262485351,"postback":{"mid":"mid.2","title":"Prices?","payload":"PRICES"}},
           {"sender":{"id":"igsid-2"},"recipient":{"id":"1784"},"timestamp":1569262485352,"read":{"mid":"mid.1"}},
           {"sender":{"id":"igsid-2"},"recipient":{"id":"1784"},"timestamp":1569262485353,"referral":{"ref":"r","source":"ADS","type":"OPEN_THREAD"}},
           {"sender":{"id":"igsid-2"},"recipient":{"id":"1784"},"timestamp":1569262485354,"message_edit":{"mid":"mid.1","text":"hello!","num_edit":1}}]}]}
        """;

    private const string Flat = """
        {"object":"instagram","entry":[{"id":"17841400000000001","time":1520622968,"field":"comments",
          "value":{"id":"17865799348089039","text":"flat nice","from":{"id":"igsid-1","username":"someone"},"media":{"id":"m1","media_product_type":"REELS"}}}]}
        """;

    [Fact]
    public void Changes_deliveries_give_typed_comments_and_mentions()
    {
        var payload = WebhookParser.Parse(Encoding.UTF8.GetBytes(Changes));

        Assert.Equal("instagram", payload.ObjectType);
        var entry = Assert.Single(payload.Entries);
        Assert.Equal("17841400000000001", entry.AccountId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1520622968), entry.Time);
        var comment = entry.Changes[0].Comment!;
        Assert.Equal(("17865799348089039", "nice", "17858893269000001"), (comment.Id, comment.Text, comment.ParentId));
        Assert.Equal(("igsid-1", "someone", "self-1"), (comment.From!.Id, comment.From.Username, comment.From.SelfIgScopedId));
        Assert.Equal(("17920238422030506", "FEED", "orig-1"), (comment.Media!.Id, comment.Media.MediaProductType, comment.Media.OriginalMediaId));
        Assert.Equal(new MentionEvent("17918195224117851", "17894227972186120"), entry.Changes[1].Mention);
    }

    [Fact]
    public void Messaging_deliveries_give_every_event_kind_with_millisecond_times()
    {
        var entry = Assert.Single(WebhookParser.Parse(Encoding.UTF8.GetBytes(Messaging)).Entries);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1569262486134), entry.Time);
        var message = entry.Messaging[0];
        Assert.Equal(("igsid-2", "17841400000000001"), (message.SenderId, message.RecipientId));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1569262485349), message.Timestamp);
        Assert.Equal(("mid.1", "hello", true, "YES", "mid.0"), (message.Message!.Mid, message.Message.Text, message.Message.IsEcho, message.Message.QuickReplyPayload, message.Message.ReplyToMid));
        Assert.Equal(new MessageEventAttachment("image", "https://cdn.example/x.jpg"), Assert.Single(message.Message.Attachments));
        Assert.Equal(new ReactionEvent("mid.1", "react", "love", "❤️"), entry.Messaging[1].Reaction);
        Assert.Equal(new PostbackEvent("mid.2", "Prices?", "PRICES"), entry.Messaging[2].Postback);
        Assert.Equal("mid.1", entry.Messaging[3].ReadMid);
        Assert.Equal(new ReferralEvent("r", "ADS", "OPEN_THREAD"), entry.Messaging[4].Referral);
        Assert.Equal(new MessageEditEvent("mid.1", "hello!", 1), entry.Messaging[5].Edit);
    }

    [Fact]
    public void The_flat_variant_parses_like_a_change()
    {
        var change = Assert.Single(Assert.Single(WebhookParser.Parse(Encoding.UTF8.GetBytes(Flat)).Entries).Changes);

        Assert.Equal("comments", change.Field);
        Assert.Equal("flat nice", change.Comment!.Text);
        Assert.Equal("REELS", change.Comment.Media!.MediaProductType);
    }

    [Fact]
    public void A_duplicated_delivery_parses_to_the_same_events_and_keys()
    {
        var first = WebhookParser.Parse(Encoding.UTF8.GetBytes(Changes));
        var again = WebhookParser.Parse(Encoding.UTF8.GetBytes(Changes));
        var firstMessages = WebhookParser.Parse(Encoding.UTF8.GetBytes(Messaging));
        var againMessages = WebhookParser.Parse(Encoding.UTF8.GetBytes(Messaging));

        Assert.Equal(first.Entries[0].Changes.Select(c => c.DeduplicationKey), again.Entries[0].Changes.Select(c => c.DeduplicationKey));
        Assert.Equal(first.Entries[0].Changes[0].Comment, again.Entries[0].Changes[0].Comment);
        Assert.Equal(firstMessages.Entries[0].Messaging.Select(m => m.DeduplicationKey), againMessages.Entries[0].Messaging.Select(m => m.DeduplicationKey));
        Assert.Equal("comments:17865799348089039", first.Entries[0].Changes[0].DeduplicationKey);
        Assert.Equal("message:mid.1", firstMessages.Entries[0].Messaging[0].DeduplicationKey);
        Assert.Equal(6, firstMessages.Entries[0].Messaging.Select(m => m.DeduplicationKey).Distinct().Count());
    }

    [Fact]
    public void The_same_comment_in_changes_and_flat_shapes_has_the_same_key()
    {
        var fromChanges = WebhookParser.Parse(Encoding.UTF8.GetBytes(Changes)).Entries[0].Changes[0];
        var fromFlat = WebhookParser.Parse(Encoding.UTF8.GetBytes(Flat)).Entries[0].Changes[0];

        Assert.Equal(fromChanges.DeduplicationKey, fromFlat.DeduplicationKey);
    }
}
