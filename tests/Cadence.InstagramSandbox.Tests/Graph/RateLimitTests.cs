using System.Text.Json.Nodes;
using Cadence.InstagramSandbox.Tests.Infrastructure;

namespace Cadence.InstagramSandbox.Tests.Graph;

public sealed class RateLimitTests(ThrottledSandboxFactory factory) : IClassFixture<ThrottledSandboxFactory>
{
    private readonly SandboxApi api = factory.Api();

    [Fact]
    public async Task Usage_headers_grow_and_the_call_over_budget_answers_80002_until_the_hour_passes()
    {
        var account = await api.CreateAccountAsync();

        GraphResponse last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = (await api.GetAsync("/me", account.Token)).ShouldSucceed();
        }
        var usage = JsonNode.Parse(last.Headers.GetValues("X-Business-Use-Case-Usage").Single())![account.IgId]![0]!;
        Assert.Equal("instagram", usage["type"]!.GetValue<string>());
        Assert.Equal(100, usage["call_count"]!.GetValue<int>());
        Assert.NotNull(JsonNode.Parse(last.Headers.GetValues("X-App-Usage").Single())!["call_count"]);

        var throttled = await api.GetAsync("/me", account.Token);
        throttled.ShouldFail(80002, null);
        var regain = JsonNode.Parse(throttled.Headers.GetValues("X-Business-Use-Case-Usage").Single())![account.IgId]![0]!["estimated_time_to_regain_access"]!.GetValue<int>();
        Assert.True(regain > 0);

        await api.AdvanceAsync(TimeSpan.FromMinutes(61));
        (await api.GetAsync("/me", account.Token)).ShouldSucceed();
    }
}
