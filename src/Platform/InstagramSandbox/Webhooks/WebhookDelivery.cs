using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.State;
using Microsoft.Extensions.Options;

namespace Cadence.InstagramSandbox.Webhooks;

internal sealed record DeliveryRecord(DateTimeOffset At, string Url, int? Status, int Attempt, bool Duplicate, string Body);

/// <summary>
/// Background loop: batches queued updates (up to 1000 per POST), signs them with the app secret
/// (<c>X-Hub-Signature-256</c>), retries failures with growing delays, and sometimes sends a batch twice.
/// </summary>
internal sealed partial class WebhookDelivery(
    WebhookQueue queue,
    SandboxState state,
    SandboxClock clock,
    IHttpClientFactory httpClients,
    IOptions<SandboxOptions> options,
    ILogger<WebhookDelivery> logger) : BackgroundService
{
    public const string HttpClientName = "InstagramSandbox.Webhooks";
    private readonly List<(string Body, int Attempt, DateTimeOffset DueAt)> retries = [];
    private readonly List<DeliveryRecord> log = [];

    public IReadOnlyList<DeliveryRecord> Log
    {
        get
        {
            lock (log)
            {
                return log.ToList();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.WebhookBatchDelayMilliseconds));
        using var timer = new PeriodicTimer(delay);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await DeliverOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutting down
        }
    }

    internal async Task DeliverOnceAsync(CancellationToken cancellation)
    {
        var events = new List<WebhookEvent>();
        while (events.Count < 1000 && queue.Reader.TryRead(out var item))
        {
            events.Add(item);
        }
        var bodies = new List<(string Body, int Attempt)>();
        if (events.Count > 0)
        {
            bodies.Add((Build(events), 1));
        }
        var now = clock.GetUtcNow();
        lock (retries)
        {
            foreach (var due in retries.Where(r => r.DueAt <= now).ToList())
            {
                retries.Remove(due);
                bodies.Add((due.Body, due.Attempt));
            }
        }
        foreach (var (body, attempt) in bodies)
        {
            await SendAsync(body, attempt, cancellation);
        }
    }

    private string Build(List<WebhookEvent> events)
    {
        var now = clock.GetUtcNow();
        var entries = new JsonArray();
        foreach (var group in events.GroupBy(e => (e.AccountId, e.IsMessaging)))
        {
            var entry = new JsonObject { ["id"] = group.Key.AccountId };
            if (group.Key.IsMessaging)
            {
                entry["time"] = now.ToUnixTimeMilliseconds();
                entry["messaging"] = new JsonArray(group.Select(e => (JsonNode)e.Item).ToArray());
            }
            else
            {
                entry["time"] = now.ToUnixTimeSeconds();
                entry["changes"] = new JsonArray(group.Select(e => (JsonNode)e.Item).ToArray());
            }
            entries.Add(entry);
        }
        return new JsonObject { ["object"] = "instagram", ["entry"] = entries }.ToJsonString();
    }

    private async Task SendAsync(string body, int attempt, CancellationToken cancellation)
    {
        string? url;
        double duplicateRate;
        lock (state.Gate)
        {
            url = state.Data.WebhookCallbackUrl ?? options.Value.WebhookCallbackUrl;
            duplicateRate = state.WebhookDuplicateRate ?? options.Value.WebhookDuplicateRate;
        }
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        var ok = await PostAsync(url, body, attempt, duplicate: false, cancellation);
        if (ok && Random.Shared.NextDouble() < duplicateRate)
        {
            await PostAsync(url, body, attempt, duplicate: true, cancellation);
        }
        if (!ok && attempt < options.Value.WebhookMaxAttempts)
        {
            // At once, then less and less often (Meta keeps trying for 36 hours).
            var wait = attempt == 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(36 * 3600, Math.Pow(4, attempt - 1)));
            lock (retries)
            {
                retries.Add((body, attempt + 1, clock.GetUtcNow() + wait));
            }
        }
    }

    private async Task<bool> PostAsync(string url, string body, int attempt, bool duplicate, CancellationToken cancellation)
    {
        int? status = null;
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + Sign(body, options.Value.AppSecret));
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellation);
            status = (int)response.StatusCode;
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException error)
        {
            LogFailed(logger, url, error.Message);
            return false;
        }
        catch (TaskCanceledException error) when (!cancellation.IsCancellationRequested)
        {
            LogFailed(logger, url, error.Message);
            return false;
        }
        finally
        {
            lock (log)
            {
                log.Add(new DeliveryRecord(clock.GetUtcNow(), url, status, attempt, duplicate, body));
                if (log.Count > 500)
                {
                    log.RemoveAt(0);
                }
            }
        }
    }

    public static string Sign(string body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook delivery to {Url} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string url, string reason);
}
