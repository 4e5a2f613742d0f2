namespace Cadence.Instagram;

/// <summary>The <c>Instagram:*</c> configuration section: where the API lives and who the app is.</summary>
public sealed class InstagramOptions
{
    public const string SectionName = "Instagram";

    /// <summary>Host of the browser authorize page, e.g. https://www.instagram.com.</summary>
    public string AuthBaseUrl { get; set; } = "https://www.instagram.com";

    /// <summary>Host of the code exchange, e.g. https://api.instagram.com.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.instagram.com";

    /// <summary>Graph host, e.g. https://graph.instagram.com.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.instagram.com";

    /// <summary>Graph version prefix, e.g. v25.0.</summary>
    public string ApiVersion { get; set; } = "v25.0";

    /// <summary>Instagram App ID (client_id).</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Instagram App Secret (client_secret, and the key of webhook signatures).</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The redirect URI registered on the app, sent exactly as registered.</summary>
    public string RedirectUri { get; set; } = string.Empty;

    /// <summary>The string Meta echoes in <c>hub.verify_token</c> when a webhook callback is verified.</summary>
    public string WebhookVerifyToken { get; set; } = string.Empty;

    /// <summary>Retries of reads and status polls (never of non-idempotent POSTs).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the jittered exponential backoff between retries.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
