using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>
/// Thirty posts over three accounts while the sandbox adds latency and random 5xx answers, one account's container calls
/// fail in a burst, another is throttled and the third has two posts left in its 24-hour quota. The dispatcher runs in a
/// child process on a clock that jumps to whatever is due next, until nothing is left to do.
/// </summary>
public sealed class InjectedFaultTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    private const int PostsPerAccount = 10;
    private const int QuotaLeft = 2;

    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task Under_latency_5xx_bursts_throttling_and_an_exhausted_quota_each_post_is_published_once_or_ends_with_its_reason()
    {
        var bursty = await app.LinkSandboxAccountAsync();
        var throttled = await app.LinkSandboxAccountAsync();
        var full = await app.LinkSandboxAccountAsync();
        var foreign = await UseUpQuotaAsync(full, leave: QuotaLeft);
        var posts = new List<PublishablePost>();
        foreach (var account in new[] { bursty, throttled, full })
        {
            posts.AddRange(Enumerable.Range(0, PostsPerAccount).Select(i => app.FeedImage(account, $"Post {i} for @{account.Sandbox.Username}")));
        }

        await using var database = await FaultDatabase.CreateAsync(app, [bursty, throttled, full], posts);
        await SetFaultsAsync(new JsonObject { ["latency_ms"] = 20, ["error_rate"] = 0.1 });
        await app.FailNextAsync($"{bursty.Sandbox.Id}/media", code: 2, status: 503, count: 6);
        await app.FailNextAsync($"{throttled.Sandbox.Id}/media_publish", code: 4, count: 3);

        using var dispatcher = FaultHostProcess.Start(database, "node-faults");
        Assert.True(await dispatcher.ExitCodeAsync() == 0, "Something was still being retried: " + dispatcher.Errors);

        var targets = await database.TargetsAsync();
        Assert.Equal(posts.Count, targets.Count);
        Assert.All(targets, t => Assert.True(t.IsFinal, $"{t.State}: {t.Problem}"));
        await ExactlyOnceJudge.AssertEachPublishedOnceOrFailedAsync(app, database, [bursty, throttled, full], foreign, TargetState.Missed);
        var fullTargets = targets.Where(t => t.InstagramAccountId == full.AccountId).ToList();
        Assert.Equal(QuotaLeft, fullTargets.Count(t => t.State == TargetState.Published));
        Assert.All(fullTargets.Where(t => t.State != TargetState.Published), t => Assert.Contains("Instagram's 24-hour limit", t.Problem, StringComparison.Ordinal));
        var throttledLog = new List<PublishLogEntry>();
        foreach (var target in targets.Where(t => t.InstagramAccountId == throttled.AccountId))
        {
            throttledLog.AddRange(await database.LogAsync(target.Id));
        }

        Assert.Contains(throttledLog, e => e.Outcome == "retry later" && e.Detail!.StartsWith("Instagram is throttling", StringComparison.Ordinal));
        Assert.Equal(PostsPerAccount, targets.Count(t => t.InstagramAccountId == throttled.AccountId && t.State == TargetState.Published));
        Assert.Equal(PostsPerAccount, targets.Count(t => t.InstagramAccountId == bursty.AccountId && t.State == TargetState.Published));
    }

    private async Task SetFaultsAsync(JsonObject faults)
    {
        using var response = await app.Sandbox.Admin.PostAsJsonAsync(new Uri("faults", UriKind.Relative), faults);
        response.EnsureSuccessStatusCode();
    }

    private Task<HashSet<string>> UseUpQuotaAsync(PublishingTestKit.Linked account, int leave) =>
        app.WithScopeAsync(async services =>
        {
            var publishing = services.GetRequiredService<IInstagramPublishing>();
            var access = new AccountAccess(account.Sandbox.Id, account.Sandbox.AccessToken);
            var limit = await publishing.GetPublishingLimitAsync(access);
            var containers = new HashSet<string>();
            for (var i = 0; i < limit.Remaining - leave; i++)
            {
                var container = await publishing.CreateContainerAsync(access, new ImageContainer(app.MediaServer.Image()));
                await publishing.PublishAsync(access, container);
                containers.Add(container);
            }

            return containers;
        });
}
