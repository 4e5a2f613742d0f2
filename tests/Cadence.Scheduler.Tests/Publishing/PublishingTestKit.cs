using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Publishing;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Publishing;

/// <summary>A linked sandbox account (real token), a post scheduled to it, and the sandbox's own record of what happened.</summary>
internal static class PublishingTestKit
{
    public sealed record Linked(SandboxAccount Sandbox, Guid AgencyId, Guid ClientId, Guid AccountId);

    public sealed record PublishCall(string? CreationId, bool Succeeded, string? MediaId, int? ErrorCode);

    public static async Task<Linked> LinkSandboxAccountAsync(this PublishingAppFactory app, string? timeZoneId = null)
    {
        var sandbox = await app.Sandbox.CreateAccountAsync("pub" + Guid.NewGuid().ToString("N")[..10]);
        var agencyId = (await app.CreateAgencyAsync()).AgencyId;
        var clientId = timeZoneId is null ? await app.CreateClientAsync(agencyId) : await app.CreateClientAsync(agencyId, "Blue Bottle", timeZoneId);
        var accountId = await app.AddLinkedAccountAsync(agencyId, clientId, sandbox.Username, instagramUserId: sandbox.Id, accessToken: sandbox.AccessToken);
        return new Linked(sandbox, agencyId, clientId, accountId);
    }

    public static PublishablePost FeedImage(this PublishingAppFactory app, Linked account, string caption, string? firstComment = null) =>
        Post(app, account, PublishFormat.FeedImage, caption, [Image(app.MediaServer.Image())], firstComment);

    public static PublishablePost Carousel(this PublishingAppFactory app, Linked account, string caption, int items) =>
        Post(app, account, PublishFormat.Carousel, caption, Enumerable.Range(0, items).Select(_ => Image(app.MediaServer.Image(1080, 1080))).ToList(), null);

    public static PublishablePost Reel(this PublishingAppFactory app, Linked account, string caption) =>
        Post(app, account, PublishFormat.Reel, caption, [new PublishableMedia(true, app.MediaServer.Video(), 1080, 1920, 4000, null, [])], null);

    private static PublishableMedia Image(string url) => new(false, url, 1080, 1350, null, "A cup of coffee on a table", []);

    private static PublishablePost Post(PublishingAppFactory app, Linked account, PublishFormat format, string caption, IReadOnlyList<PublishableMedia> media, string? firstComment) =>
        new(Guid.NewGuid(), account.AgencyId, account.ClientId, format, 1, true, [], [new PublishableAccount(account.AccountId, caption)], media,
            firstComment, null, [], null, null, false, null, null, app.Clock.GetUtcNow().UtcDateTime.AddHours(48));

    /// <summary>Hands <paramref name="post"/> to the test snapshot and books it for <paramref name="dueAtUtc"/> (now by default); returns the target's id.</summary>
    public static Task<Guid> ScheduleAsync(this PublishingAppFactory app, Linked account, PublishablePost post, DateTime? dueAtUtc = null)
    {
        app.Posts.Set(post);
        return app.WithScopeAsync(async services =>
        {
            var due = dueAtUtc ?? app.Clock.GetUtcNow().UtcDateTime;
            var scheduled = new ScheduledPost
            {
                AgencyId = account.AgencyId, ClientId = account.ClientId, PostId = post.PostId, DueAtUtc = due, ContentVersion = post.ContentVersion,
                CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
            };
            var target = new PublishTarget
            {
                AgencyId = account.AgencyId, ScheduledPostId = scheduled.Id, InstagramAccountId = account.AccountId, DueAtUtc = due, NextAttemptAtUtc = due,
            };
            scheduled.Targets.Add(target);
            var db = services.GetRequiredService<SchedulerDbContext>();
            db.ScheduledPosts.Add(scheduled);
            await db.SaveChangesAsync();
            return target.Id;
        });
    }

    public static Task<TargetState> AdvanceAsync(this PublishingAppFactory app, Guid targetId) =>
        app.WithScopeAsync(services => services.GetRequiredService<TargetPublisher>().AdvanceAsync(targetId, CancellationToken.None));

    public static Task<PublishTarget> TargetAsync(this PublishingAppFactory app, Guid targetId) =>
        app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == targetId));

    public static Task UpdateTargetAsync(this PublishingAppFactory app, Guid targetId, Action<PublishTarget> change) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            change(await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.Id == targetId));
            await db.SaveChangesAsync();
        });

    public static Task<List<PublishLogEntry>> LogAsync(this PublishingAppFactory app, Guid targetId) =>
        app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishLog.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.PublishTargetId == targetId).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync());

    /// <summary>Every media_publish call the sandbox received for the account, successful or not.</summary>
    public static async Task<List<PublishCall>> PublishCallsAsync(this PublishingAppFactory app, Linked account)
    {
        var answer = await app.Sandbox.Admin.GetFromJsonAsync<JsonObject>(new Uri("publish-calls", UriKind.Relative));
        return answer!["data"]!.AsArray()
            .Where(c => c!["account_id"]!.GetValue<string>() == account.Sandbox.Id)
            .Select(c => new PublishCall(c!["creation_id"]?.GetValue<string>(), c["succeeded"]!.GetValue<bool>(), c["media_id"]?.GetValue<string>(), c["error_code"]?.GetValue<int>()))
            .ToList();
    }

    /// <summary>The next <paramref name="count"/> Graph calls whose path contains <paramref name="path"/> fail so.</summary>
    public static async Task FailNextAsync(this PublishingAppFactory app, string path, int code, int status = 400, int? subcode = null, int count = 1)
    {
        var body = new JsonObject { ["path"] = path, ["code"] = code, ["status"] = status, ["count"] = count };
        if (subcode is { } sub)
        {
            body["subcode"] = sub;
        }

        using var response = await app.Sandbox.Admin.PostAsJsonAsync(new Uri("faults/path", UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
    }

    public static async Task FailNextContainersAsync(this PublishingAppFactory app, int subcode, int count = 1)
    {
        using var response = await app.Sandbox.Admin.PostAsJsonAsync(new Uri("faults/media", UriKind.Relative), new JsonObject { ["count"] = count, ["subcode"] = subcode });
        response.EnsureSuccessStatusCode();
    }

    public static async Task ClearFaultsAsync(this PublishingAppFactory app)
    {
        using var response = await app.Sandbox.Admin.DeleteAsync(new Uri("faults", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }
}
