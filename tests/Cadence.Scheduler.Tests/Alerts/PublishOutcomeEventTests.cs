using Cadence.Composer.Contracts.Posts;
using Cadence.Instagram;
using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Scheduler.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>Each outcome of a publish target puts its event in the Scheduler's outbox, in the save that records it, once.</summary>
public sealed class PublishOutcomeEventTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_missed_target_raises_one_missed_event_with_its_post_client_account_and_reason()
    {
        var tenant = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(-3));

        await app.RunMissedAsync();
        await app.RunMissedAsync();

        var raised = Assert.Single(await app.EventsAsync<PostPublishFailed>(tenant.AgencyId));
        Assert.Equal((tenant.ClientId, postId, tenant.AccountId, PublishProblemKind.Missed), (raised.ClientId, raised.PostId, raised.InstagramAccountId, raised.Kind));
        Assert.Equal((await app.TargetOfAsync(postId)).Problem, raised.Reason);
        Assert.Null(raised.HoldCause);
    }

    [Fact]
    public async Task A_failure_recorded_by_the_publisher_raises_a_failed_event_in_the_same_save()
    {
        var tenant = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now);

        await WithTargetAsync(postId, (journal, target) => journal.FailAsync(target, "Instagram refused the image: wrong aspect ratio.", CancellationToken.None));

        var raised = Assert.Single(await app.EventsAsync<PostPublishFailed>(tenant.AgencyId));
        Assert.Equal(PublishProblemKind.Failed, raised.Kind);
        Assert.Equal("Instagram refused the image: wrong aspect ratio.", raised.Reason);
        Assert.Equal(postId, raised.PostId);
        Assert.Equal(TargetState.Failed, (await app.TargetOfAsync(postId)).State);
    }

    [Fact]
    public async Task A_hold_for_the_account_and_a_hold_for_approval_say_which_they_are()
    {
        var tenant = await app.CreateTenantAsync();
        var tokenPost = await app.BookDueAtAsync(tenant, Now.AddHours(1));
        var editedPost = await app.BookDueAtAsync(tenant, Now.AddHours(2));

        await WithTargetAsync(tokenPost, (journal, target) => journal.HoldAsync(target, "Reconnect the account.", CancellationToken.None));
        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(
            new PostContentChanged(editedPost, tenant.ClientId, 2, IsApproved: false) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        var raised = await app.EventsAsync<PostPublishFailed>(tenant.AgencyId);
        Assert.Equal(2, raised.Count);
        Assert.Contains(raised, e => e.PostId == tokenPost && e is { Kind: PublishProblemKind.Held, HoldCause: PublishHoldCause.AccountReconnection });
        Assert.Contains(raised, e => e.PostId == editedPost && e is { Kind: PublishProblemKind.Held, HoldCause: PublishHoldCause.Approval });
    }

    [Fact]
    public async Task A_publish_settled_with_its_media_raises_one_published_event_with_media_id_and_permalink()
    {
        var tenant = await app.CreateTenantAsync();
        var postId = await app.BookDueAtAsync(tenant, Now);

        await app.WithScopeAsync(async s =>
        {
            var target = await s.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.InstagramAccountId == tenant.AccountId);
            await s.GetRequiredService<PublishedRecorder>().MarkPublishedAsync(
                target, new AccountAccess("17841400000000000", "token"), "1790000001", "https://www.instagram.com/p/abc/", null, CancellationToken.None);
        });

        var raised = Assert.Single(await app.EventsAsync<PostPublished>(tenant.AgencyId));
        Assert.Equal((tenant.ClientId, postId, tenant.AccountId), (raised.ClientId, raised.PostId, raised.InstagramAccountId));
        Assert.Equal(("1790000001", "https://www.instagram.com/p/abc/", Now), (raised.MediaId, raised.Permalink, raised.PublishedAtUtc));
        Assert.Empty(await app.EventsAsync<PostPublishFailed>(tenant.AgencyId));
    }

    [Fact]
    public async Task Scheduling_and_moving_a_post_raise_nothing()
    {
        var tenant = await app.CreateTenantAsync();
        await app.BookDueAtAsync(tenant, Now.AddHours(1));

        Assert.Empty(await app.EventsAsync<PostPublishFailed>(tenant.AgencyId));
        Assert.Empty(await app.EventsAsync<PostPublished>(tenant.AgencyId));
    }

    private Task WithTargetAsync(Guid postId, Func<PublishJournal, PublishTarget, Task> work) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var target = await db.PublishTargets.IgnoreQueryFilters()
                .SingleAsync(t => db.ScheduledPosts.IgnoreQueryFilters().Any(p => p.Id == t.ScheduledPostId && p.PostId == postId));
            await work(s.GetRequiredService<PublishJournal>(), target);
        });
}
