using Cadence.Instagram;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>An account at Instagram's 100-posts-per-24-hours limit: the post waits for the slot the rolling window frees, and says when.</summary>
public sealed class QuotaDeferralTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task A_post_over_the_limit_waits_until_the_oldest_publish_leaves_the_24_hour_window_then_publishes_once()
    {
        var account = await app.LinkSandboxAccountAsync("America/New_York");
        var first = await app.ScheduleAsync(account, app.FeedImage(account, "Yesterday's first post"));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(first));
        var publishedAt = (await app.TargetAsync(first)).PublishedAtUtc!.Value;
        app.Clock.Advance(TimeSpan.FromHours(23));
        await UseUpQuotaAsync(account);
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "One over the limit"));

        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));

        var waiting = await app.TargetAsync(id);
        var slot = publishedAt + TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1);
        Assert.Equal(slot, waiting.NextAttemptAtUtc);
        var local = ClientLocalTime.ToLocal(slot, "America/New_York");
        Assert.Equal($"Instagram's 24-hour limit of 100 posts is reached; publishing at {local.Display} when a slot frees.", waiting.Problem);
        Assert.Contains("(Eastern Standard Time)", waiting.Problem, StringComparison.Ordinal);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "quota", Outcome: "deferred" } && e.Detail == waiting.Problem);
        Assert.DoesNotContain(await app.PublishCallsAsync(account), c => c.CreationId == waiting.ContainerId);

        app.Clock.Advance(slot - app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Single(await app.PublishCallsAsync(account), c => c.CreationId == waiting.ContainerId && c.Succeeded);
    }

    [Fact]
    public async Task A_post_whose_next_free_slot_is_past_its_lateness_fails_with_the_reason_instead_of_going_out_a_day_late()
    {
        var account = await app.LinkSandboxAccountAsync();
        var first = await app.ScheduleAsync(account, app.FeedImage(account, "This morning's post"));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(first));
        await UseUpQuotaAsync(account);
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "No room today"));

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.StartsWith("Instagram's 24-hour limit of 100 posts is reached and no slot frees before", target.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.PublishCallsAsync(account), c => c.CreationId == target.ContainerId);
    }

    private Task UseUpQuotaAsync(PublishingTestKit.Linked account) =>
        app.WithScopeAsync(async services =>
        {
            var publishing = services.GetRequiredService<IInstagramPublishing>();
            var access = new AccountAccess(account.Sandbox.Id, account.Sandbox.AccessToken);
            var limit = await publishing.GetPublishingLimitAsync(access);
            for (var i = 0; i < limit.Remaining; i++)
            {
                await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(app.MediaServer.Image())));
            }
        });
}
