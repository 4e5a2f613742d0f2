using System.Text.Json.Nodes;
using System.Threading.Channels;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Webhooks;

/// <summary>One update for one account: a <c>changes[]</c> item or a <c>messaging[]</c> item.</summary>
internal sealed record WebhookEvent(string AccountId, string Field, JsonObject Item, bool IsMessaging);

/// <summary>Collects updates; <see cref="WebhookDelivery"/> drains them in batches.</summary>
internal sealed class WebhookQueue(SandboxState state, IOptions<SandboxOptions> options)
{
    private readonly Channel<WebhookEvent> channel = Channel.CreateUnbounded<WebhookEvent>();

    public ChannelReader<WebhookEvent> Reader => channel.Reader;

    /// <summary>Queues the update when the account subscribed to the field (or subscriptions are not required).</summary>
    public bool Enqueue(Account account, string field, JsonObject item, bool isMessaging)
    {
        lock (state.Gate)
        {
            var subscribed = !options.Value.WebhooksRequireSubscription
                || (account.SubscribedToWebhooks && account.SubscribedFields.Contains(field == "mentions" ? "comments" : field, StringComparer.Ordinal));
            if (!subscribed)
            {
                return false;
            }
        }
        return channel.Writer.TryWrite(new WebhookEvent(account.Id, field, item, isMessaging));
    }
}
