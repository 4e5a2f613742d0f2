namespace Cadence.InstagramSandbox;

/// <summary>Configuration section <c>InstagramSandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string Section = "InstagramSandbox";

    public string AppId { get; set; } = "1000000000000001";
    public string AppSecret { get; set; } = "sandbox-app-secret";
    public string ApiVersion { get; set; } = "v25.0";
    /// <summary>Public base URL used in <c>paging.next</c> links; when empty the request's own scheme/host/prefix is used.</summary>
    public string? PublicBaseUrl { get; set; }
    public int PublishQuota { get; set; } = 100;
    public int ContainerCap { get; set; } = 400;
    public double VideoProcessingSeconds { get; set; } = 5;
    public double MediaFetchTimeoutSeconds { get; set; } = 10;
    public long MaxImageBytes { get; set; } = 8L * 1024 * 1024;
    public long MaxReelBytes { get; set; } = 300L * 1024 * 1024;
    public long MaxStoryVideoBytes { get; set; } = 100L * 1024 * 1024;
    /// <summary>Graph calls per account per rolling hour before code 80002 (the BUC budget).</summary>
    public int AccountCallsPerHour { get; set; } = 4800;
    /// <summary>Graph calls for the whole app per rolling hour before code 4.</summary>
    public int AppCallsPerHour { get; set; } = 20000;
    public string? WebhookCallbackUrl { get; set; }
    public double WebhookDuplicateRate { get; set; } = 0.05;
    public int WebhookBatchDelayMilliseconds { get; set; } = 200;
    public int WebhookMaxAttempts { get; set; } = 8;
    public bool WebhooksRequireSubscription { get; set; } = true;
    public string? SnapshotPath { get; set; }
    /// <summary>Code-exchange answer shape: "flat" (seen in practice) or "data" (documented).</summary>
    public string CodeExchangeShape { get; set; } = "flat";
    public List<DemoAccount> DemoAccounts { get; set; } = [];
    /// <summary>Registered OAuth redirect URIs (exact match, as on Meta's dashboard); empty accepts any absolute URL.</summary>
    public List<string> RedirectUris { get; set; } = [];
}

public sealed class DemoAccount
{
    public string Username { get; set; } = "";
    public string AccountType { get; set; } = "BUSINESS";
    public int FollowersCount { get; set; } = 1200;
}
