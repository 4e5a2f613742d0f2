using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Pages;

/// <summary>
/// Each account's outcome on /scheduler/posts/{id} and /scheduler/posts/{id}/outcomes, and "Retry failed accounts";
/// the clock stands at Monday 23 November 2026 09:00 UTC, the client is in London (UTC+0 in November).
/// </summary>
public sealed class PostOutcomesPageTests(PagesAppFactory app) : IClassFixture<PagesAppFactory>
{
    private sealed record Tenant(TestMember Owner, Guid ClientId, Guid Published, Guid Failed, Guid PostId);

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    // One post to two accounts, booked now: the first published, the second failed because Instagram refused the media.
    private async Task<Tenant> PublishedAndFailedAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var first = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "harbour" + Guid.NewGuid().ToString("N")[..6], true);
        var second = await app.AddLinkedAccountAsync(owner.AgencyId, clientId, "sakura" + Guid.NewGuid().ToString("N")[..6], true);
        var postId = Guid.NewGuid();
        app.Posts.Set(new PublishablePost(postId, owner.AgencyId, clientId, PublishFormat.FeedImage, 1, true, [],
            [new PublishableAccount(first, "Fresh roast"), new PublishableAccount(second, "Fresh roast")], [], null, null, [], null, null, false, null, null, Now.AddHours(48)));
        app.Cards[postId] = (owner.AgencyId, new PostCard(postId, clientId, PublishFormat.FeedImage, "Fresh roast", null, true, "Approved", [first, second], $"/composer/posts/{postId}"));
        var browser = app.CreateClientFor(owner.UserId);
        using var booked = await browser.PostFormAsync(Url(postId), [], Url(postId) + "?handler=Now");
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var targets = await db.PublishTargets.IgnoreQueryFilters().Where(t => t.InstagramAccountId == first || t.InstagramAccountId == second).ToListAsync();
            foreach (var target in targets)
            {
                if (target.InstagramAccountId == first)
                {
                    (target.State, target.MediaId, target.Permalink, target.PublishedAtUtc) = (TargetState.Published, "m1", "https://www.instagram.test/p/ABC123/", Now.AddMinutes(-2));
                }
                else
                {
                    (target.State, target.Problem) = (TargetState.Failed, "The image's aspect ratio is outside what Instagram accepts (4:5 to 1.91:1).");
                }

                db.PublishLog.Add(new PublishLogEntry { AgencyId = owner.AgencyId, PublishTargetId = target.Id, AtUtc = Now.AddMinutes(-5), Step = "prepare", Outcome = "container made" });
                db.PublishLog.Add(new PublishLogEntry { AgencyId = owner.AgencyId, PublishTargetId = target.Id, AtUtc = Now.AddMinutes(-2), Step = "publish", Outcome = target.InstagramAccountId == first ? "published" : "failed" });
            }

            await db.SaveChangesAsync();
        });
        return new Tenant(owner, clientId, first, second, postId);
    }

    private static string Url(Guid postId) => $"/scheduler/posts/{postId}";

    private static string OutcomesUrl(Guid postId, string? handler = null) => handler is null ? $"/scheduler/posts/{postId}/outcomes" : $"/scheduler/posts/{postId}/outcomes?handler={handler}";

    private Task<TargetState> StateOfAsync(Guid accountId) =>
        app.WithScopeAsync(s => s.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().Where(t => t.InstagramAccountId == accountId).Select(t => t.State).SingleAsync());

    [Fact]
    public async Task The_post_page_shows_each_accounts_outcome_in_words_with_the_permalink_the_reason_the_fix_link_and_the_log_newest_first()
    {
        var tenant = await PublishedAndFailedAsync();
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        var page = await browser.GetDocumentAsync(Url(tenant.PostId));

        var outcomes = page.QuerySelector("#post-outcomes")!;
        var text = outcomes.TextContent;
        Assert.Contains("Published Monday 23 November 2026, 8:58 AM UTC+0", text, StringComparison.Ordinal);
        Assert.Equal("https://www.instagram.test/p/ABC123/", outcomes.QuerySelector("a[aria-label^='View on Instagram']")!.GetAttribute("href"));
        Assert.Contains("Failed", text, StringComparison.Ordinal);
        Assert.Contains("aspect ratio is outside what Instagram accepts", text, StringComparison.Ordinal);
        Assert.Equal($"/composer/posts/{tenant.PostId}", Assert.Single(outcomes.QuerySelectorAll("a[aria-label^='Fix and reschedule']")).GetAttribute("href"));
        Assert.NotNull(outcomes.QuerySelector("button[type=submit]"));
        Assert.Contains("Retry failed accounts", outcomes.QuerySelector("button[type=submit]")!.TextContent, StringComparison.Ordinal);
        var log = outcomes.QuerySelector("ol.publish-log")!.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(["publish", "prepare"], log.Select(line => line.Contains("publish:", StringComparison.Ordinal) ? "publish" : "prepare"));
        Assert.Null(outcomes.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task The_outcomes_answer_as_a_fragment_and_poll_only_while_a_due_account_is_still_publishing_and_not_through_a_long_wait()
    {
        var tenant = await PublishedAndFailedAsync();
        var browser = app.CreateClientFor(tenant.Owner.UserId);
        var settled = await browser.GetFragmentAsync(OutcomesUrl(tenant.PostId));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.InstagramAccountId == tenant.Failed);
            (target.State, target.Problem) = (TargetState.PublishAttempted, null);
            await db.SaveChangesAsync();
        });

        var publishing = await browser.GetFragmentAsync(OutcomesUrl(tenant.PostId));
        var full = await browser.GetDocumentAsync(OutcomesUrl(tenant.PostId));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchedulerDbContext>();
            var target = await db.PublishTargets.IgnoreQueryFilters().SingleAsync(t => t.InstagramAccountId == tenant.Failed);
            (target.State, target.NextAttemptAtUtc) = (TargetState.Prepared, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30));
            await db.SaveChangesAsync();
        });
        var deferred = await browser.GetFragmentAsync(OutcomesUrl(tenant.PostId));

        Assert.DoesNotContain("<html", settled.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(settled.QuerySelector("#post-outcomes")!.GetAttribute("hx-trigger"));
        Assert.Equal("every 3s", publishing.QuerySelector("#post-outcomes")!.GetAttribute("hx-trigger"));
        Assert.Contains("Publishing", publishing.QuerySelector("#post-outcomes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(deferred.QuerySelector("#post-outcomes")!.GetAttribute("hx-trigger"));
        Assert.Contains("<html", full.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(full.QuerySelector("h1"));
    }

    [Fact]
    public async Task Retry_failed_accounts_puts_only_the_failed_account_back_and_says_who_retried_it()
    {
        var tenant = await PublishedAndFailedAsync();
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await browser.PostFormAsync(Url(tenant.PostId), [], OutcomesUrl(tenant.PostId, "Retry"), htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("every 3s", fragment.QuerySelector("#post-outcomes")!.GetAttribute("hx-trigger"));
        Assert.Contains(tenant.Owner.Email.Split('@')[0] + " retried it", fragment.QuerySelector("#post-outcomes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TargetState.Scheduled, await StateOfAsync(tenant.Failed));
        Assert.Equal(TargetState.Published, await StateOfAsync(tenant.Published));
    }

    [Fact]
    public async Task Retry_as_a_plain_form_redirects_to_the_post()
    {
        var tenant = await PublishedAndFailedAsync();
        var browser = app.CreateClientFor(tenant.Owner.UserId);

        using var response = await browser.PostFormAsync(Url(tenant.PostId), [], OutcomesUrl(tenant.PostId, "Retry"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url(tenant.PostId), response.Headers.Location!.OriginalString);
        Assert.Equal(TargetState.Scheduled, await StateOfAsync(tenant.Failed));
    }

    [Fact]
    public async Task A_viewer_sees_the_outcomes_but_no_retry_and_may_not_retry()
    {
        var tenant = await PublishedAndFailedAsync();
        var viewer = await app.AddMemberAsync(tenant.Owner.AgencyId, AgencyRole.Viewer);
        var browser = app.CreateClientFor(viewer.UserId);

        var page = await browser.GetDocumentAsync(Url(tenant.PostId));
        using var response = await browser.PostFormAsync(Url(tenant.PostId), [], OutcomesUrl(tenant.PostId, "Retry"));

        Assert.Contains("Failed", page.QuerySelector("#post-outcomes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#post-outcomes form"));
        Assert.Null(page.QuerySelector("#post-outcomes a[aria-label^='Fix and reschedule']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TargetState.Failed, await StateOfAsync(tenant.Failed));
    }

    [Fact]
    public async Task Another_agencys_post_is_not_found_on_the_outcomes_and_the_retry_route()
    {
        var theirs = await PublishedAndFailedAsync();
        var mine = await app.CreateAgencyAsync();
        var browser = app.CreateClientFor(mine.UserId);

        using var get = await browser.GetAsync(new Uri(OutcomesUrl(theirs.PostId), UriKind.Relative));
        var token = HtmlForms.AntiforgeryToken(await browser.GetDocumentAsync("/scheduler/ready"));
        using var retry = await browser.PostWithTokenAsync(OutcomesUrl(theirs.PostId, "Retry"), token, []);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        Assert.Equal(TargetState.Failed, await StateOfAsync(theirs.Failed));
    }

    [Fact]
    public async Task A_restricted_member_without_the_client_gets_not_found()
    {
        var tenant = await PublishedAndFailedAsync();
        var otherClient = await app.CreateClientAsync(tenant.Owner.AgencyId, "Acme Tea");
        var editor = await app.AddMemberAsync(tenant.Owner.AgencyId, AgencyRole.Editor, [otherClient]);
        var browser = app.CreateClientFor(editor.UserId);

        using var get = await browser.GetAsync(new Uri(OutcomesUrl(tenant.PostId), UriKind.Relative));
        var token = HtmlForms.AntiforgeryToken(await browser.GetDocumentAsync("/scheduler/ready"));
        using var retry = await browser.PostWithTokenAsync(OutcomesUrl(tenant.PostId, "Retry"), token, []);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
    }
}
