using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

/// <summary>A sandbox whose per-account budget is tiny, so throttling comes quickly.</summary>
public sealed class ThrottledSandboxServer : SandboxServer
{
    protected override Dictionary<string, string?> SandboxSettings => new() { ["InstagramSandbox:AccountCallsPerHour"] = "3" };
}

public sealed class ThrottlingContractTests(ThrottledSandboxServer sandbox) : IClassFixture<ThrottledSandboxServer>
{
    [Fact]
    public async Task Over_budget_reads_are_refused_with_the_wait_from_the_usage_header_and_not_retried()
    {
        var access = await sandbox.CreateAccountAsync();
        var accounts = sandbox.Get<IInstagramAccounts>();

        InstagramApiException? failure = null;
        for (var i = 0; i < 10 && failure is null; i++)
        {
            try
            {
                await accounts.GetAccountAsync(access);
            }
            catch (InstagramApiException error)
            {
                failure = error;
            }
        }

        Assert.NotNull(failure);
        Assert.Equal(InstagramErrorKind.RateLimited, failure.Error.Kind);
        Assert.NotNull(failure.Error.RetryAfter);
        Assert.True(failure.Error.RetryAfter > TimeSpan.Zero);
    }
}
