using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Instagram;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>One publish target at a time against the real sandbox, whose record of media_publish calls is the judge.</summary>
public sealed class TargetPublisherTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task A_feed_image_is_published_exactly_once_with_its_media_id_permalink_and_first_comment()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Fresh roast this morning #coffee", firstComment: "Open 7–19 today"));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        var call = Assert.Single(await app.PublishCallsAsync(account));
        Assert.True(call.Succeeded);
        Assert.Equal(target.ContainerId, call.CreationId);
        Assert.Equal(call.MediaId, target.MediaId);
        Assert.StartsWith("https://www.instagram.com/", target.Permalink, StringComparison.Ordinal);
        Assert.Equal(1, target.PreparedContentVersion);
        Assert.NotNull(target.PublishAttemptedAtUtc);
        var log = await app.LogAsync(id);
        Assert.Equal(["container created", "prepare finished", "publish attempted", "publish published", "comment posted"], log.Select(e => $"{e.Step} {e.Outcome}"));
    }

    [Fact]
    public async Task A_carousel_creates_its_children_in_order_then_the_carousel_and_publishes_that_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.Carousel(account, "Three ways to brew", items: 3));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(3, target.ChildContainerIds.Distinct().Count());
        Assert.DoesNotContain(target.ContainerId, target.ChildContainerIds);
        var call = Assert.Single(await app.PublishCallsAsync(account));
        Assert.Equal(target.ContainerId, call.CreationId);
        var created = (await app.LogAsync(id)).Where(e => e.Step == "container").Select(e => e.Detail).ToList();
        Assert.Equal(4, created.Count);
        Assert.StartsWith("Item 1 of 3", created[0], StringComparison.Ordinal);
        Assert.StartsWith("Item 3 of 3", created[2], StringComparison.Ordinal);
        Assert.Equal($"Container {target.ContainerId} (Carousel).", created[3]);
    }

    [Fact]
    public async Task A_reel_still_processing_is_polled_later_and_published_once_it_is_finished()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.Reel(account, "Pouring in slow motion"));

        Assert.Equal(TargetState.Scheduled, await app.AdvanceAsync(id));
        var waiting = await app.TargetAsync(id);
        Assert.Null(waiting.Problem);
        Assert.NotNull(waiting.ContainerId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + PublishRetryPolicy.PollDelay(1), waiting.NextAttemptAtUtc);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "status", Outcome: "in progress" });

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(waiting.ContainerId, target.ContainerId);
        Assert.Equal(target.ContainerId, Assert.Single(await app.PublishCallsAsync(account)).CreationId);
    }

    [Fact]
    public async Task A_throttled_publish_waits_as_told_and_does_not_count_as_published()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Busy day"));
        await app.FailNextAsync($"{account.Sandbox.Id}/media_publish", code: 4);

        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + UsageHeaders.DefaultWait, target.NextAttemptAtUtc);
        Assert.StartsWith("Instagram is throttling", target.Problem, StringComparison.Ordinal);
        app.Clock.Advance(UsageHeaders.DefaultWait);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.True(Assert.Single(await app.PublishCallsAsync(account)).Succeeded);
    }

    [Fact]
    public async Task A_crash_after_publish_attempted_was_saved_but_before_the_call_is_reconciled_and_published_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await PrepareAheadAsync(account);
        // The process died right after saving "publish attempted": the call never left.
        await app.UpdateTargetAsync(id, t => { t.State = TargetState.PublishAttempted; t.PublishAttemptedAtUtc = app.Clock.GetUtcNow().UtcDateTime; });
        app.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var call = Assert.Single(await app.PublishCallsAsync(account));
        Assert.True(call.Succeeded);
        Assert.Equal(call.MediaId, (await app.TargetAsync(id)).MediaId);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "reconcile", Outcome: "not published" });
    }

    [Fact]
    public async Task A_crash_after_the_publish_call_is_reconciled_from_the_container_without_publishing_again()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await PrepareAheadAsync(account);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.UpdateTargetAsync(id, t => { t.State = TargetState.PublishAttempted; t.PublishAttemptedAtUtc = app.Clock.GetUtcNow().UtcDateTime; });
        // The call went out and Instagram published, but the process died before recording the answer.
        var container = (await app.TargetAsync(id)).ContainerId!;
        var mediaId = await app.WithScopeAsync(services => services.GetRequiredService<IInstagramPublishing>()
            .PublishAsync(new AccountAccess(account.Sandbox.Id, account.Sandbox.AccessToken), container));

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(mediaId, target.MediaId);
        Assert.NotNull(target.Permalink);
        Assert.Single(await app.PublishCallsAsync(account));
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "reconcile", Outcome: "was published" });
    }

    [Fact]
    public async Task A_5xx_on_the_publish_call_leaves_the_outcome_unknown_and_the_retry_reconciles_then_publishes_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Cold brew is back"));
        await app.FailNextAsync($"{account.Sandbox.Id}/media_publish", code: 2, status: 500);

        Assert.Equal(TargetState.PublishAttempted, await app.AdvanceAsync(id));
        var waiting = await app.TargetAsync(id);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + PublishRetryPolicy.Backoff(1), waiting.NextAttemptAtUtc);

        app.Clock.Advance(PublishRetryPolicy.Backoff(1));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        // The injected 500 is answered before the sandbox's publish logic, so only the real call is on record.
        Assert.True(Assert.Single(await app.PublishCallsAsync(account)).Succeeded);
        var log = await app.LogAsync(id);
        Assert.Contains(log, e => e is { Step: "publish", Outcome: "unknown outcome" });
        Assert.Contains(log, e => e is { Step: "reconcile", Outcome: "not published" });
    }

    [Fact]
    public async Task A_5xx_while_creating_the_container_is_retried_later_and_then_publishes()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Latte art class on Sunday"));
        await app.FailNextAsync($"{account.Sandbox.Id}/media", code: 2, status: 500);

        Assert.Equal(TargetState.Scheduled, await app.AdvanceAsync(id));
        var waiting = await app.TargetAsync(id);
        Assert.Equal(1, waiting.Attempts);
        Assert.Null(waiting.ContainerId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + PublishRetryPolicy.Backoff(1), waiting.NextAttemptAtUtc);
        Assert.StartsWith("Instagram could not be reached.", waiting.Problem, StringComparison.Ordinal);

        app.Clock.Advance(PublishRetryPolicy.Backoff(1));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Single(await app.PublishCallsAsync(account));
    }

    [Fact]
    public async Task Transient_failures_that_never_stop_end_in_failed_after_the_retry_limit()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Never going out"));
        await app.FailNextAsync($"{account.Sandbox.Id}/media", code: 2, status: 500, count: 100);

        var state = TargetState.Scheduled;
        for (var i = 0; i < 50 && state == TargetState.Scheduled; i++)
        {
            state = await app.AdvanceAsync(id);
            var next = (await app.TargetAsync(id)).NextAttemptAtUtc;
            app.Clock.Advance(next - app.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        }

        var target = await app.TargetAsync(id);
        Assert.Equal(TargetState.Failed, target.State);
        Assert.True(target.Attempts <= PublishRetryPolicy.MaxAttempts);
        Assert.StartsWith("Gave up after", target.Problem, StringComparison.Ordinal);
        Assert.Empty(await app.PublishCallsAsync(account));
    }

    [Fact]
    public async Task A_container_in_error_fails_the_target_with_instagrams_reason_and_nothing_is_published()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Broken upload"));
        await app.FailNextContainersAsync(2207052);

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Contains("Instagram could not download the media", target.Problem, StringComparison.Ordinal);
        Assert.Contains("2207052", target.Problem, StringComparison.Ordinal);
        Assert.Empty(await app.PublishCallsAsync(account));
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "status", Outcome: "failed" });
    }

    [Fact]
    public async Task An_exhausted_publishing_quota_defers_the_prepared_target_and_says_so()
    {
        var account = await app.LinkSandboxAccountAsync();
        var used = await UseUpQuotaAsync(account);
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "One too many"));

        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + PublishRetryPolicy.QuotaWait, target.NextAttemptAtUtc);
        Assert.StartsWith($"Instagram's 24-hour limit of {used} posts is reached; trying again at", target.Problem, StringComparison.Ordinal);
        Assert.Null(target.PublishAttemptedAtUtc);
        Assert.DoesNotContain(await app.PublishCallsAsync(account), c => c.CreationId == target.ContainerId);
        Assert.Contains(await app.LogAsync(id), e => e is { Step: "quota", Outcome: "deferred" });
    }

    [Fact]
    public async Task A_publish_refused_for_quota_goes_back_to_prepared_and_is_deferred()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Quota race"));
        await app.FailNextAsync($"{account.Sandbox.Id}/media_publish", code: 9, subcode: 2207042);

        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Null(target.PublishAttemptedAtUtc);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime + PublishRetryPolicy.QuotaWait, target.NextAttemptAtUtc);
        app.Clock.Advance(PublishRetryPolicy.QuotaWait);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Single(await app.PublishCallsAsync(account), c => c.Succeeded);
    }

    [Fact]
    public async Task A_revoked_token_holds_the_target_and_reports_the_account_for_reconnection()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Token gone"));
        await app.Sandbox.RevokeTokensAsync(account.Sandbox.Id);

        Assert.Equal(TargetState.Held, await app.AdvanceAsync(id));

        Assert.Contains("reconnect", (await app.TargetAsync(id)).Problem, StringComparison.Ordinal);
        var token = await app.WithScopeAsync(services => services.GetRequiredService<IInstagramAccountTokens>().GetAsync(account.AgencyId, account.AccountId, CancellationToken.None));
        Assert.Equal(InstagramAccountErrors.NeedsReconnection, Assert.Single(token.Errors).Code);
        Assert.Equal(TargetState.Held, await app.AdvanceAsync(id));
        Assert.Empty(await app.PublishCallsAsync(account));
    }

    [Fact]
    public async Task A_post_that_is_not_publishable_fails_with_its_problems_listed_before_any_container()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Not yet") with { IsApproved = false, Problems = ["Crop the image to 4:5."] };
        var id = await app.ScheduleAsync(account, post);

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal("The post cannot be published: The post is not approved. Crop the image to 4:5.", target.Problem);
        Assert.Null(target.ContainerId);
    }

    [Fact]
    public async Task A_post_edited_after_preparation_gets_fresh_containers_and_only_they_are_published()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "First draft");
        var id = await app.ScheduleAsync(account, post, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));
        var stale = (await app.TargetAsync(id)).ContainerId;
        app.Posts.Set(post with { ContentVersion = 2, Accounts = [new(account.AccountId, "Second draft")] });

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotEqual(stale, target.ContainerId);
        Assert.Equal(2, target.PreparedContentVersion);
        Assert.Equal(target.ContainerId, Assert.Single(await app.PublishCallsAsync(account)).CreationId);
    }

    [Fact]
    public async Task A_target_prepared_ahead_of_time_waits_for_its_due_time_with_only_the_publish_call_left()
    {
        var account = await app.LinkSandboxAccountAsync();
        var due = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Later"), due);

        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.Equal(due, target.NextAttemptAtUtc);
        Assert.NotNull(target.PreparedAtUtc);
        Assert.Empty(await app.PublishCallsAsync(account));
    }

    private async Task<Guid> PrepareAheadAsync(PublishingTestKit.Linked account)
    {
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Reconcile me " + Guid.NewGuid().ToString("N")[..6]), app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
        Assert.Equal(TargetState.Prepared, await app.AdvanceAsync(id));
        return id;
    }

    private async Task<int> UseUpQuotaAsync(PublishingTestKit.Linked account) =>
        await app.WithScopeAsync(async services =>
        {
            var publishing = services.GetRequiredService<IInstagramPublishing>();
            var access = new AccountAccess(account.Sandbox.Id, account.Sandbox.AccessToken);
            var limit = await publishing.GetPublishingLimitAsync(access);
            for (var i = 0; i < limit.Remaining; i++)
            {
                var container = await publishing.CreateContainerAsync(access, new ImageContainer(app.MediaServer.Image()));
                await publishing.PublishAsync(access, container);
            }

            return limit.QuotaTotal!.Value;
        });
}
