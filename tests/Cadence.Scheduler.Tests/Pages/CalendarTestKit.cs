using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>An agency with a client in a chosen zone and a linked account, and bookings written straight into the Scheduler's tables.</summary>
internal static class CalendarTestKit
{
    public sealed record Tenant(Guid AgencyId, Guid OwnerId, Guid ClientId, Guid AccountId, string Username);

    public static async Task<Tenant> CreateTenantAsync(this CalendarAppFactory app, string timeZone = "Europe/London", string clientName = "Blue Bottle")
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, clientName, timeZone);
        var username = "roast" + Guid.NewGuid().ToString("N")[..6];
        var accountId = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, username);
        return new Tenant(owner.AgencyId, owner.UserId, clientId, accountId, username);
    }

    public static async Task<Guid> AddClientAsync(this CalendarAppFactory app, Tenant tenant, string name, string timeZone) =>
        await app.CreateClientAsync(tenant.AgencyId, name, timeZone);

    /// <summary>A post booked at <paramref name="dueAtUtc"/> for the tenant's account, with its card and snapshot.</summary>
    public static async Task<Guid> BookAsync(
        this CalendarAppFactory app, Tenant tenant, DateTime dueAtUtc, string caption = "Fresh roast", TargetState state = TargetState.Scheduled,
        PublishFormat format = PublishFormat.FeedImage, Guid? clientId = null, Guid? accountId = null)
    {
        var postId = Guid.NewGuid();
        var client = clientId ?? tenant.ClientId;
        var account = accountId ?? tenant.AccountId;
        app.Cards.Set(new PostCard(postId, client, format, caption, $"https://cdn.example.test/{postId:N}.jpg", true, "Approved", [account], $"/composer/posts/{postId}/edit"));
        app.Posts.Set(new PublishablePost(postId, tenant.AgencyId, client, format, 1, true, [], [new PublishableAccount(account, caption)], [], null, null, [], null, null, false, null, null,
            app.Clock.GetUtcNow().UtcDateTime.AddHours(48)));
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            var booking = new ScheduledPost
            {
                AgencyId = tenant.AgencyId, ClientId = client, PostId = postId, Mode = ScheduleMode.At, DueAtUtc = dueAtUtc, ContentVersion = 1,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            booking.Targets.Add(new PublishTarget
            {
                AgencyId = tenant.AgencyId, ScheduledPostId = booking.Id, InstagramAccountId = account, State = state, DueAtUtc = dueAtUtc, NextAttemptAtUtc = dueAtUtc,
            });
            db.ScheduledPosts.Add(booking);
            await db.SaveChangesAsync();
        });
        return postId;
    }

    public static Task<ScheduledPost> BookingAsync(this CalendarAppFactory app, Guid postId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().ScheduledPosts.IgnoreQueryFilters().AsNoTracking().Include(p => p.Targets)
            .SingleAsync(p => p.PostId == postId));

    public static HttpClient Owner(this CalendarAppFactory app, Tenant tenant) => app.CreateClientFor(tenant.OwnerId, tenant.AgencyId);

    public static async Task<HttpClient> MemberAsync(this CalendarAppFactory app, Tenant tenant, AgencyRole role) =>
        app.CreateClientFor((await app.AddMemberAsync(tenant.AgencyId, role)).UserId, tenant.AgencyId);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static KeyValuePair<string, string>[] Move(Guid postId, string date, string time) =>
        [new("postId", postId.ToString()), new("newDate", date), new("newTime", time)];
}
