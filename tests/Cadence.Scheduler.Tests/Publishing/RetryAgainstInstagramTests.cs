using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>
/// "Retry failed accounts" against the real sandbox: a failure whose publish call's outcome was never settled is
/// reconciled before anything is published again, so a post that did go out is recorded instead of published twice.
/// </summary>
public sealed class RetryAgainstInstagramTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    private Task RetryAsync(PublishingTestKit.Linked account, Guid postId) =>
        app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(account.AgencyId);
            var retried = await services.GetRequiredService<RetryFailedTargets>().ExecuteAsync(postId, CancellationToken.None);
            Assert.True(retried.Succeeded, string.Join("; ", retried.Errors.Select(e => e.Message)));
        });

    [Fact]
    public async Task A_post_that_went_out_before_its_failure_was_recorded_is_recorded_as_published_by_the_retry_not_published_twice()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Went out after all");
        var id = await app.ScheduleAsync(account, post);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        // As if Instagram had never answered and the publisher had given up: the call was made, the outcome unknown.
        await app.UpdateTargetAsync(id, t => (t.State, t.MediaId, t.Permalink, t.PublishedAtUtc, t.Problem) =
            (TargetState.Failed, null, null, null, "Instagram never said whether the post was published; check the account before publishing it again."));

        await RetryAsync(account, post.PostId);
        Assert.Equal(TargetState.PublishAttempted, (await app.TargetAsync(id)).State);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotNull(target.MediaId);
        Assert.Single(await app.PublishCallsAsync(account), c => c.Succeeded);
    }

    [Fact]
    public async Task A_container_that_ended_in_error_after_the_publish_call_settles_as_not_published_and_a_retry_publishes_once_with_fresh_containers()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Second time lucky");
        var id = await app.ScheduleAsync(account, post);
        await app.FailNextContainersAsync(2207026);
        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));
        var broken = (await app.TargetAsync(id)).ContainerId;
        // As if the process had died right after calling media_publish on that container.
        await app.UpdateTargetAsync(id, t => (t.State, t.PublishAttemptedAtUtc, t.Problem) = (TargetState.PublishAttempted, app.Clock.GetUtcNow().UtcDateTime, null));

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));
        Assert.Null((await app.TargetAsync(id)).PublishAttemptedAtUtc);

        await RetryAsync(account, post.PostId);
        Assert.Equal(TargetState.Scheduled, (await app.TargetAsync(id)).State);
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        Assert.NotEqual(broken, target.ContainerId);
        Assert.Single(await app.PublishCallsAsync(account), c => c.Succeeded);
    }
}
