using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Scheduler.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>A problem event, delivered through the outbox, becomes one in-app alert and one email to each Owner and Admin.</summary>
public sealed class PublishAlertNotificationTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_missed_post_alerts_the_agency_and_emails_owners_and_admins_but_not_editors_once()
    {
        var (tenant, owner, admin, editor) = await app.TeamAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(-3));
        await app.RunMissedAsync();

        await app.DispatchOutboxAsync();
        await app.DispatchOutboxAsync();

        var alert = Assert.Single(await app.AlertsAsync(tenant.AgencyId));
        Assert.Equal((PublishAlertKind.Missed, postId, tenant.ClientId, tenant.AccountId), (alert.Kind, alert.PostId, alert.ClientId, alert.InstagramAccountId));
        Assert.Contains("missed its time", alert.Message, StringComparison.Ordinal);
        Assert.Contains("Blue Bottle", alert.Message, StringComparison.Ordinal);
        Assert.Null(alert.ReadAtUtc);
        var ownerMail = Assert.Single(app.MailTo(owner.Email));
        Assert.Single(app.MailTo(admin.Email));
        Assert.Empty(app.MailTo(editor.Email));
        Assert.Contains("missed its time", ownerMail.Subject, StringComparison.Ordinal);
        Assert.Contains($"/scheduler/posts/{postId}", ownerMail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_post_and_a_post_held_for_its_account_are_alerted()
    {
        var (tenant, owner, _, _) = await app.TeamAsync();
        var failed = await app.BookDueAtAsync(tenant, Now);
        var held = await app.BookDueAtAsync(tenant, Now.AddHours(1));
        await RaiseAsync(failed, TargetState.Failed);
        await RaiseAsync(held, TargetState.Held);

        await app.DispatchOutboxAsync();

        var alerts = await app.AlertsAsync(tenant.AgencyId);
        Assert.Equal([PublishAlertKind.Failed, PublishAlertKind.Held], alerts.Select(a => a.Kind).Order());
        Assert.Contains(alerts, a => a.PostId == failed && a.Message.Contains("could not be published", StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.PostId == held && a.Message.Contains("reconnected", StringComparison.Ordinal));
        Assert.Equal(2, app.MailTo(owner.Email).Count);
    }

    [Fact]
    public async Task A_post_held_for_approval_again_alerts_nobody()
    {
        var (tenant, owner, _, _) = await app.TeamAsync();
        var postId = await app.BookDueAtAsync(tenant, Now.AddHours(1));
        await app.HandleAsync<HoldTargetsWhenApprovalLost, PostContentChanged>(
            new PostContentChanged(postId, tenant.ClientId, 2, IsApproved: false) { AgencyId = tenant.AgencyId, OccurredAtUtc = Now });

        await app.DispatchOutboxAsync();

        Assert.Empty(await app.AlertsAsync(tenant.AgencyId));
        Assert.Empty(app.MailTo(owner.Email));
    }
    // Records the outcome as the publisher does (state, log and event in one save).
    private Task RaiseAsync(Guid postId, TargetState state) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var target = await db.PublishTargets.IgnoreQueryFilters()
                .SingleAsync(t => db.ScheduledPosts.IgnoreQueryFilters().Any(p => p.Id == t.ScheduledPostId && p.PostId == postId));
            var journal = s.GetRequiredService<PublishJournal>();
            await (state == TargetState.Held
                ? journal.HoldAsync(target, "Instagram rejected this account's token: reconnect the account.", CancellationToken.None)
                : journal.FailAsync(target, "Instagram refused the video.", CancellationToken.None));
        });
}
