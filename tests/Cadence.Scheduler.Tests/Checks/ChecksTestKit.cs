using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Checks;
using Cadence.Scheduler.Tests.Pages;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Checks;

/// <summary>Runs the checks as the job and "Check now" do, against the real sandbox and the loopback media server.</summary>
internal static class ChecksTestKit
{
    public static Task<IReadOnlyList<string>> CheckAsync(this PublishingAppFactory app, PublishingTestKit.Linked account, Guid targetId) =>
        app.WithScopeAsync(services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(account.AgencyId);
            return services.GetRequiredService<PrePublishChecks>().RunAsync(account.AgencyId, targetId, CancellationToken.None);
        });

    public static Task<int> RunDueChecksAsync(this PublishingAppFactory app) =>
        app.Services.GetRequiredService<DueChecks>().RunOnceAsync(CancellationToken.None);

    public static PublishablePost WithMedia(this PublishablePost post, params string[] urls) =>
        post with { Media = urls.Select(url => new PublishableMedia(false, url, 1080, 1350, null, null, [])).ToList() };

    /// <summary>A card for the post, so the Scheduler's pages can show it.</summary>
    public static void ShowCard(this PublishingAppFactory app, PublishablePost post) =>
        app.Cards.Set(new PostCard(post.PostId, post.ClientId, post.Format, "Checked post", null, true, "Approved", [.. post.Accounts.Select(a => a.InstagramAccountId)],
            $"/composer/posts/{post.PostId}/edit"));

    /// <summary>Other bookings of the account, due before <paramref name="beforeUtc"/>: they take quota in the same window.</summary>
    public static Task BookOthersAsync(this PublishingAppFactory app, PublishingTestKit.Linked account, int count, DateTime beforeUtc) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            for (var i = 0; i < count; i++)
            {
                var due = beforeUtc.AddMinutes(-1 - i);
                var booking = new ScheduledPost
                {
                    AgencyId = account.AgencyId, ClientId = account.ClientId, PostId = Guid.NewGuid(), DueAtUtc = due, ContentVersion = 1,
                    CreatedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                };
                booking.Targets.Add(new PublishTarget
                {
                    AgencyId = account.AgencyId, ScheduledPostId = booking.Id, InstagramAccountId = account.AccountId, DueAtUtc = due, NextAttemptAtUtc = due,
                    CheckedAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                });
                db.ScheduledPosts.Add(booking);
            }

            await db.SaveChangesAsync();
        });
}
