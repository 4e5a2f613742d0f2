using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using static Cadence.Scheduler.Tests.Scheduling.SchedulingTestKit;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>The Composer's and Accounts' events keeping bookings in step; each handled twice has the effect of once.</summary>
public sealed class BookingEventTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_deleted_post_has_its_waiting_targets_cancelled_once()
    {
        var (tenant, post) = await BookedAsync();
        var deleted = new PostDeleted(post.PostId, tenant.ClientId) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now };

        await app.HandleAsync<CancelTargetsWhenPostDeleted, PostDeleted>(deleted);
        await app.HandleAsync<CancelTargetsWhenPostDeleted, PostDeleted>(deleted);

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Cancelled, SchedulingMessages.PostDeleted), (target.State, target.Problem));
        Assert.Equal(1, await app.LogCountAsync(target.Id));
    }

    [Fact]
    public async Task A_deleted_post_whose_publish_call_was_made_is_left_to_reconciliation()
    {
        var (tenant, post) = await BookedAsync();
        await app.UpdateTargetsAsync(post.PostId, t => (t.State, t.PublishAttemptedAtUtc) = (TargetState.PublishAttempted, Now));

        await app.HandleAsync<CancelTargetsWhenPostDeleted, PostDeleted>(new PostDeleted(post.PostId, tenant.ClientId) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        Assert.Equal(TargetState.PublishAttempted, (await app.TargetOfAsync(post.PostId)).State);
    }

    [Fact]
    public async Task An_edit_that_needs_approval_again_holds_the_post_keeping_its_time()
    {
        var (tenant, post) = await BookedAsync();
        app.Post(tenant, approved: false, version: 2, postId: post.PostId);
        var changed = new PostContentChanged(post.PostId, tenant.ClientId, 2, IsApproved: false) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now };

        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(changed);
        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(changed);

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Held, SchedulingMessages.EditedAfterApproval), (target.State, target.Problem));
        Assert.Equal(Utc(2026, 12, 1, 10), target.DueAtUtc);
        Assert.Equal(1, await app.LogCountAsync(target.Id));
    }

    [Fact]
    public async Task An_edit_that_stays_approved_changes_nothing()
    {
        var (tenant, post) = await BookedAsync();

        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(
            new PostContentChanged(post.PostId, tenant.ClientId, 2, IsApproved: true) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        Assert.Equal(TargetState.Scheduled, (await app.TargetOfAsync(post.PostId)).State);
    }

    [Fact]
    public async Task Approval_again_releases_a_held_post_to_its_original_time()
    {
        var (tenant, post) = await HeldForReviewAsync();
        app.Post(tenant, approved: true, version: 2, postId: post.PostId);
        var approved = new PostApproved(post.PostId, tenant.ClientId, 2) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now };

        await app.HandleAsync<ReleaseTargetsWhenPostApproved, PostApproved>(approved);
        await app.HandleAsync<ReleaseTargetsWhenPostApproved, PostApproved>(approved);

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Scheduled, (string?)null), (target.State, target.Problem));
        Assert.Equal(Utc(2026, 12, 1, 10), target.NextAttemptAtUtc);
        Assert.Equal(2, await app.LogCountAsync(target.Id));
        Assert.Equal(2, (await app.BookingAsync(post.PostId))!.ContentVersion);
    }

    [Fact]
    public async Task Approval_after_the_time_has_passed_leaves_the_post_held_for_a_person()
    {
        var (tenant, post) = await HeldForReviewAsync();
        await app.UpdateTargetsAsync(post.PostId, t => t.DueAtUtc = Now.AddMinutes(-5));
        app.Post(tenant, approved: true, version: 2, postId: post.PostId);

        await app.HandleAsync<ReleaseTargetsWhenPostApproved, PostApproved>(new PostApproved(post.PostId, tenant.ClientId, 2) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Held, SchedulingMessages.ApprovedTooLate), (target.State, target.Problem));
    }

    [Fact]
    public async Task An_approval_overtaken_by_a_newer_edit_releases_nothing()
    {
        var (tenant, post) = await HeldForReviewAsync();

        await app.HandleAsync<ReleaseTargetsWhenPostApproved, PostApproved>(new PostApproved(post.PostId, tenant.ClientId, 1) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        Assert.Equal(TargetState.Held, (await app.TargetOfAsync(post.PostId)).State);
    }

    [Fact]
    public async Task A_reconnected_account_resumes_its_held_targets()
    {
        var (tenant, post) = await BookedAsync();
        await app.UpdateTargetsAsync(post.PostId, t => (t.State, t.Problem) = (TargetState.Held, "Instagram rejected this account's token."));
        var reconnected = new InstagramAccountReconnected(tenant.AccountId, tenant.ClientId, "1784", "bluebottle") { AgencyId = tenant.AgencyId, OccurredAtUtc = Now };

        await app.HandleAsync<ReleaseTargetsWhenAccountReconnected, InstagramAccountReconnected>(reconnected);
        await app.HandleAsync<ReleaseTargetsWhenAccountReconnected, InstagramAccountReconnected>(reconnected);

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal((TargetState.Scheduled, (string?)null), (target.State, target.Problem));
        Assert.Equal(Utc(2026, 12, 1, 10), target.NextAttemptAtUtc);
        Assert.Equal(1, await app.LogCountAsync(target.Id));
    }

    [Fact]
    public async Task A_target_held_after_its_publish_call_goes_back_to_reconciliation_never_to_a_fresh_publish()
    {
        var (tenant, post) = await BookedAsync();
        await app.UpdateTargetsAsync(post.PostId, t =>
        {
            t.State = TargetState.Held;
            t.ContainerId = "17890000000000002";
            t.PublishAttemptedAtUtc = Now.AddMinutes(-1);
        });

        await app.HandleAsync<ReleaseTargetsWhenAccountReconnected, InstagramAccountReconnected>(
            new InstagramAccountReconnected(tenant.AccountId, tenant.ClientId, "1784", "bluebottle") { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        var target = await app.TargetOfAsync(post.PostId);
        Assert.Equal(TargetState.PublishAttempted, target.State);
        Assert.Equal("17890000000000002", target.ContainerId);
        Assert.Equal(Now, target.NextAttemptAtUtc);
    }

    [Fact]
    public async Task A_reconnected_account_does_not_release_a_post_waiting_for_approval()
    {
        var (tenant, post) = await HeldForReviewAsync();

        await app.HandleAsync<ReleaseTargetsWhenAccountReconnected, InstagramAccountReconnected>(
            new InstagramAccountReconnected(tenant.AccountId, tenant.ClientId, "1784", "bluebottle") { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        Assert.Equal(TargetState.Held, (await app.TargetOfAsync(post.PostId)).State);
    }

    private async Task<(SchedulingTestKit.Tenant Tenant, PublishablePost Post)> BookedAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var post = app.Post(tenant);
        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        Assert.True(booked.Succeeded);
        return (tenant, post);
    }

    private async Task<(SchedulingTestKit.Tenant Tenant, PublishablePost Post)> HeldForReviewAsync()
    {
        var (tenant, post) = await BookedAsync();
        app.Post(tenant, approved: false, version: 2, postId: post.PostId);
        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(
            new PostContentChanged(post.PostId, tenant.ClientId, 2, IsApproved: false) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });
        return (tenant, post);
    }
}
