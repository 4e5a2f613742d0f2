using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cadence.Scheduler.Tests.Scheduling.SchedulingTestKit;

namespace Cadence.Scheduler.Tests.Scheduling;

/// <summary>"Retry failed accounts" and booking again after a failure: only failed and missed accounts start over.</summary>
public sealed class RetryFailedTargetsTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private async Task<(Tenant Tenant, PublishablePost Post, Guid SecondAccountId)> BookedToTwoAccountsAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var second = await app.AddLinkedAccountAsync(tenant.AgencyId, tenant.ClientId, "sakura" + Guid.NewGuid().ToString("N")[..6], true);
        var post = app.Post(tenant) with { Accounts = [new PublishableAccount(tenant.AccountId, "Fresh roast"), new PublishableAccount(second, "Fresh roast")] };
        app.Posts.Set(post);
        var booked = await app.AsAsync(tenant.AgencyId, s => s.GetRequiredService<SchedulePost>().NowAsync(post.PostId, CancellationToken.None));
        Assert.True(booked.Succeeded);
        return (tenant, post, second);
    }

    // The first account published; the second failed on Instagram's refusal of the media.
    private Task PublishFirstFailSecondAsync(Guid postId, Guid firstAccountId, bool attempted = false) =>
        app.UpdateTargetsAsync(postId, t =>
        {
            if (t.InstagramAccountId == firstAccountId)
            {
                (t.State, t.MediaId, t.Permalink, t.PublishedAtUtc, t.PublishAttemptedAtUtc) = (TargetState.Published, "m1", "https://instagram.test/p/m1", Now, Now);
            }
            else
            {
                (t.State, t.Problem, t.ContainerId, t.Attempts) = (TargetState.Failed, "Instagram could not process the media.", "c-old", 3);
                t.PublishAttemptedAtUtc = attempted ? Now : null;
            }
        });

    private Task<Result<int>> RetryAsync(Guid agencyId, Guid postId) =>
        app.AsAsync(agencyId, s => s.GetRequiredService<RetryFailedTargets>().ExecuteAsync(postId, CancellationToken.None));

    private async Task<PublishTarget> TargetAsync(Guid postId, Guid accountId) =>
        (await app.BookingAsync(postId))!.Targets.Single(t => t.InstagramAccountId == accountId);

    [Fact]
    public async Task Only_the_failed_account_starts_over_now_with_fresh_containers_and_the_published_one_is_untouched()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId);
        app.Clock.Advance(TimeSpan.FromMinutes(30));

        var retried = await RetryAsync(tenant.AgencyId, post.PostId);

        Assert.Equal(1, retried.Value);
        var failed = await TargetAsync(post.PostId, second);
        Assert.Equal((TargetState.Scheduled, (string?)null, (string?)null, 0), (failed.State, failed.ContainerId, failed.Problem, failed.Attempts));
        Assert.Equal((Now, Now), (failed.DueAtUtc, failed.NextAttemptAtUtc));
        var published = await TargetAsync(post.PostId, tenant.AccountId);
        Assert.Equal((TargetState.Published, "m1"), (published.State, published.MediaId));
        var log = await app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().PublishLog.IgnoreQueryFilters().Where(e => e.PublishTargetId == failed.Id).ToListAsync());
        Assert.Contains(log, e => e.Outcome == "retried" && e.Detail!.Contains("retried it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_after_the_publish_call_goes_back_to_reconciliation_never_straight_to_a_fresh_publish()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId, attempted: true);

        var retried = await RetryAsync(tenant.AgencyId, post.PostId);

        Assert.True(retried.Succeeded);
        var target = await TargetAsync(post.PostId, second);
        Assert.Equal(TargetState.PublishAttempted, target.State);
        Assert.Equal("c-old", target.ContainerId);
        Assert.NotNull(target.PublishAttemptedAtUtc);
        Assert.Equal(Now, target.NextAttemptAtUtc);
    }

    [Fact]
    public async Task A_missed_account_is_retried_too()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await app.UpdateTargetsAsync(post.PostId, t => (t.State, t.Problem) = (TargetState.Missed, "Not published within 2 h of its time."));

        var retried = await RetryAsync(tenant.AgencyId, post.PostId);

        Assert.Equal(2, retried.Value);
        Assert.Equal(TargetState.Scheduled, (await TargetAsync(post.PostId, second)).State);
    }

    [Fact]
    public async Task Nothing_failed_means_nothing_to_retry()
    {
        var (tenant, post, _) = await BookedToTwoAccountsAsync();

        var retried = await RetryAsync(tenant.AgencyId, post.PostId);

        Assert.Equal("conflict", Assert.Single(retried.Errors).Code);
    }

    [Fact]
    public async Task A_post_edited_out_of_approval_is_refused_with_the_way_out_and_stays_failed()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId);
        app.Posts.Set(post with { IsApproved = false });

        var retried = await RetryAsync(tenant.AgencyId, post.PostId);

        Assert.Contains(retried.Errors, e => e.Message.Contains("approve it again", StringComparison.Ordinal));
        Assert.Equal(TargetState.Failed, (await TargetAsync(post.PostId, second)).State);
    }

    [Fact]
    public async Task Another_agencys_post_is_not_found()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId);
        var other = await app.CreateTenantAsync();

        var retried = await RetryAsync(other.AgencyId, post.PostId);

        Assert.Equal("not_found", Assert.Single(retried.Errors).Code);
        Assert.Equal(TargetState.Failed, (await TargetAsync(post.PostId, second)).State);
    }

    [Fact]
    public async Task Booking_again_after_a_failure_restarts_the_failed_account_at_the_new_time_and_leaves_the_published_one()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId);

        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 3), new TimeOnly(18, 15));

        Assert.True(booked.Succeeded);
        var failed = await TargetAsync(post.PostId, second);
        Assert.Equal((TargetState.Scheduled, Utc(2026, 12, 3, 18, 15), (string?)null), (failed.State, failed.DueAtUtc, failed.ContainerId));
        var published = await TargetAsync(post.PostId, tenant.AccountId);
        Assert.Equal((TargetState.Published, "m1"), (published.State, published.MediaId));
    }

    [Fact]
    public async Task Booking_again_a_failure_whose_publish_outcome_is_unknown_reconciles_first()
    {
        var (tenant, post, second) = await BookedToTwoAccountsAsync();
        await PublishFirstFailSecondAsync(post.PostId, tenant.AccountId, attempted: true);

        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 3), new TimeOnly(18, 15));

        Assert.True(booked.Succeeded);
        var target = await TargetAsync(post.PostId, second);
        Assert.Equal((TargetState.PublishAttempted, Utc(2026, 12, 3, 18, 15), "c-old"), (target.State, target.DueAtUtc, target.ContainerId));
    }

    [Fact]
    public async Task A_post_published_to_every_account_cannot_be_booked_again()
    {
        var (tenant, post, _) = await BookedToTwoAccountsAsync();
        await app.UpdateTargetsAsync(post.PostId, t => (t.State, t.MediaId, t.PublishAttemptedAtUtc) = (TargetState.Published, "m-" + t.InstagramAccountId, Now));

        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 3), new TimeOnly(18, 15));

        Assert.Contains("already published to every account", Assert.Single(booked.Errors).Message, StringComparison.Ordinal);
    }
}
