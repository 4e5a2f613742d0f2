using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cadence.InstagramSandbox.Tests.Infrastructure;

/// <summary>The sandbox in memory with a test configuration; media URLs and webhooks go to a real loopback server.</summary>
public class SandboxFactory : WebApplicationFactory<SandboxProgram>
{
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("InstagramSandbox:PublishQuota", "3");
        builder.UseSetting("InstagramSandbox:VideoProcessingSeconds", "30");
        builder.UseSetting("InstagramSandbox:WebhookBatchDelayMilliseconds", "50");
        builder.UseSetting("InstagramSandbox:WebhookDuplicateRate", "0");
        builder.UseSetting("InstagramSandbox:AppSecret", "test-secret");
        builder.UseSetting("InstagramSandbox:AppId", "1234567890");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public SandboxApi Api() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
}

/// <summary>A sandbox whose per-account budget is tiny, to reach throttling quickly.</summary>
public sealed class ThrottledSandboxFactory : SandboxFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["InstagramSandbox:AccountCallsPerHour"] = "5",
    };
}

/// <summary>A sandbox that allows two containers a day and one registered redirect URI.</summary>
public sealed class CappedSandboxFactory : SandboxFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["InstagramSandbox:ContainerCap"] = "2",
        ["InstagramSandbox:RedirectUris:0"] = "https://cadence.test/instagram/callback",
    };
}

/// <summary>A sandbox that snapshots its state to <see cref="Path"/>.</summary>
public sealed class SnapshotSandboxFactory(string path) : SandboxFactory
{
    public string Path { get; } = path;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["InstagramSandbox:SnapshotPath"] = Path,
        ["InstagramSandbox:DemoAccounts:0:Username"] = "harbourcoffee",
    };
}

/// <summary>A sandbox whose delivery loop practically never ticks: tests deliver with <c>_admin/webhooks/flush</c>.</summary>
public sealed class ManualWebhookSandboxFactory : SandboxFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["InstagramSandbox:WebhookBatchDelayMilliseconds"] = "3600000",
    };
}

/// <summary>A sandbox that provisions one personal (non-professional) demo account at start.</summary>
public sealed class PersonalDemoSandboxFactory : SandboxFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["InstagramSandbox:DemoAccounts:0:Username"] = "mayapersonal",
        ["InstagramSandbox:DemoAccounts:0:AccountType"] = "PERSONAL",
        ["InstagramSandbox:DemoAccounts:0:FollowersCount"] = "120",
    };
}
