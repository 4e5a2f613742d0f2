using System.Text.Json;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Scheduling;
using Cadence.Scheduler.Tests.Scheduling;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>Bookings due at a chosen time, the Scheduler's outbox read back as events, the outbox dispatched, and the test mailbox.</summary>
internal static class AlertsTestKit
{
    public static async Task<Guid> BookDueAtAsync(this SchedulingAppFactory app, SchedulingTestKit.Tenant tenant, DateTime dueAtUtc)
    {
        var post = app.Post(tenant);
        var booked = await app.ScheduleAtAsync(tenant.AgencyId, post.PostId, new DateOnly(2026, 12, 1), new TimeOnly(10, 0));
        Assert.True(booked.Succeeded);
        await app.UpdateTargetsAsync(post.PostId, t => (t.DueAtUtc, t.NextAttemptAtUtc) = (dueAtUtc, dueAtUtc));
        return post.PostId;
    }

    public static Task<List<T>> EventsAsync<T>(this CadenceAppFactory app, Guid agencyId) =>
        app.WithScopeAsync(async s =>
        {
            var payloads = await s.GetRequiredService<SchedulerDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.AgencyId == agencyId && m.Type == typeof(T).FullName)
                .OrderBy(m => m.OccurredAtUtc)
                .Select(m => m.Payload)
                .ToListAsync();
            return payloads.Select(p => JsonSerializer.Deserialize<T>(p)!).ToList();
        });

    public static Task<int> RunMissedAsync(this CadenceAppFactory app) =>
        app.WithScopeAsync(s => s.GetRequiredService<MarkMissedTargets>().RunAsync(CancellationToken.None));

    public static Task DispatchOutboxAsync(this CadenceAppFactory app) =>
        app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    public static IReadOnlyList<StoredEmail> MailTo(this CadenceAppFactory app, string email) =>
        app.Services.GetRequiredService<MailboxFolder>().List().Where(m => m.To == email).ToList();

    public static Task<List<PublishAlert>> AlertsAsync(this CadenceAppFactory app, Guid agencyId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().PublishAlerts.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AgencyId == agencyId).OrderBy(a => a.CreatedAtUtc).ToListAsync());

    public static Task AddAlertAsync(this CadenceAppFactory app, Guid agencyId, string message, DateTime createdAtUtc, Guid? clientId = null, Guid? postId = null) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            db.PublishAlerts.Add(new PublishAlert
            {
                AgencyId = agencyId, ClientId = clientId, PostId = postId, Kind = PublishAlertKind.Failed, Message = message, CreatedAtUtc = createdAtUtc,
            });
            await db.SaveChangesAsync();
        });

    /// <summary>An agency with a client, a linked account, and an Owner, an Admin and an Editor.</summary>
    public static async Task<(SchedulingTestKit.Tenant Tenant, TestMember Owner, TestMember Admin, TestMember Editor)> TeamAsync(this SchedulingAppFactory app)
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var accountId = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "bluebottle" + Guid.NewGuid().ToString("N")[..6]);
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        return (new SchedulingTestKit.Tenant(owner.AgencyId, clientId, accountId), owner, admin, editor);
    }
}
