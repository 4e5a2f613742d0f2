using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Graph;

public sealed class SnapshotTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "cadence-sandbox-" + Guid.NewGuid().ToString("N"), "state.json");

    [Fact]
    public async Task Restart_with_a_snapshot_keeps_accounts_tokens_and_the_clock()
    {
        TestAccount account;
        using (var first = new SnapshotSandboxFactory(path))
        {
            var api = first.Api();
            account = await api.CreateAccountAsync();
            await api.AdvanceAsync(TimeSpan.FromDays(2));
        }
        Assert.True(File.Exists(path));

        using var second = new SnapshotSandboxFactory(path);
        var again = second.Api();
        var me = (await again.GetAsync("/me?fields=username", account.Token)).ShouldSucceed();
        Assert.Equal(account.Username, me.Body["username"]!.GetValue<string>());
        var clock = await again.AdminAsync(HttpMethod.Get, "clock");
        Assert.True(clock.Body["offset_seconds"]!.GetValue<double>() >= TimeSpan.FromDays(2).TotalSeconds);
        var accounts = (await again.AdminAsync(HttpMethod.Get, "accounts")).Body["data"]!.AsArray();
        Assert.Single(accounts, a => a!["username"]!.GetValue<string>() == "harbourcoffee");
    }

    public void Dispose()
    {
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
