using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Tests.Publishing;
using Cadence.Testing;

namespace Cadence.Scheduler.Tests.Checks;

/// <summary>The post's schedule page shows what the checks found, and "Check now" runs them again; only for the member's own posts.</summary>
public sealed class CheckPagesTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>
{
    [Fact]
    public async Task The_post_page_shows_a_failing_check_with_its_words_and_a_check_now_button()
    {
        var (account, post, id) = await BookedWithMissingMediaAsync();
        await app.CheckAsync(account, id);

        var page = await (await OwnerAsync(account)).GetDocumentAsync($"/scheduler/posts/{post}");

        var checks = page.QuerySelector("#post-checks")!;
        Assert.Contains("1 check(s) failed", checks.TextContent, StringComparison.Ordinal);
        Assert.Contains("Instagram can't fetch beans.jpg (the image): the media server answered 404 Not Found.", checks.QuerySelector(".check-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Check now", checks.QuerySelector("form button")!.TextContent.Trim());
        Assert.Equal($"/scheduler/posts/{post}/checks", checks.QuerySelector("form")!.GetAttribute("hx-post"));
    }

    [Fact]
    public async Task Check_now_with_htmx_runs_the_checks_and_returns_the_fragment()
    {
        var (account, post, id) = await BookedWithMissingMediaAsync();
        var owner = await OwnerAsync(account);
        var before = await owner.GetDocumentAsync($"/scheduler/posts/{post}");
        Assert.Contains("not checked yet", before.QuerySelector("#post-checks")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("every 20s", before.QuerySelector("#post-checks")!.GetAttribute("hx-trigger"));

        using var response = await owner.PostWithTokenAsync($"/scheduler/posts/{post}/checks", HtmlForms.AntiforgeryToken(before), [], htmx: true);

        response.EnsureSuccessStatusCode();
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("beans.jpg", fragment.QuerySelector("#post-checks .check-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, (await app.TargetAsync(id)).CheckedAtUtc);
        Assert.Null(fragment.QuerySelector("#post-checks")!.GetAttribute("hx-trigger"));
    }

    [Fact]
    public async Task Check_now_without_htmx_runs_the_checks_and_goes_back_to_the_post_page()
    {
        var (account, post, id) = await BookedWithMissingMediaAsync();

        using var response = await (await OwnerAsync(account)).PostFormAsync($"/scheduler/posts/{post}", [], $"/scheduler/posts/{post}/checks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/scheduler/posts/{post}", response.Headers.Location!.OriginalString);
        Assert.NotEmpty((await app.TargetAsync(id)).CheckProblems);
    }

    [Fact]
    public async Task The_checks_answer_as_a_fragment_and_as_a_full_page()
    {
        var (account, post, id) = await BookedWithMissingMediaAsync();
        await app.CheckAsync(account, id);
        var owner = await OwnerAsync(account);

        var fragment = await owner.GetFragmentAsync($"/scheduler/posts/{post}/checks");
        var full = await owner.GetDocumentAsync($"/scheduler/posts/{post}/checks");

        Assert.Null(fragment.QuerySelector("h1"));
        Assert.Contains("beans.jpg", fragment.QuerySelector("#post-checks")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Checks before publishing", full.QuerySelector("h1")!.TextContent);
        Assert.Contains("beans.jpg", full.QuerySelector("#post-checks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agencys_post_answers_not_found_and_is_not_checked()
    {
        var (_, post, id) = await BookedWithMissingMediaAsync();
        var other = await app.LinkSandboxAccountAsync();
        var stranger = await OwnerAsync(other);
        var page = await stranger.GetDocumentAsync("/scheduler/calendar");

        using var get = await stranger.GetAsync(new Uri($"/scheduler/posts/{post}/checks", UriKind.Relative));
        using var check = await stranger.PostWithTokenAsync($"/scheduler/posts/{post}/checks", HtmlForms.AntiforgeryToken(page), [], htmx: true);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Null((await app.TargetAsync(id)).CheckedAtUtc);
    }

    [Fact]
    public async Task A_member_restricted_to_another_client_gets_not_found()
    {
        var (account, post, id) = await BookedWithMissingMediaAsync();
        var otherClient = await app.CreateClientAsync(account.AgencyId, "Elsewhere");
        var editor = app.CreateClientFor((await app.AddMemberAsync(account.AgencyId, AgencyRole.Editor, [otherClient])).UserId, account.AgencyId);
        var page = await editor.GetDocumentAsync("/scheduler/calendar");

        using var get = await editor.GetAsync(new Uri($"/scheduler/posts/{post}/checks", UriKind.Relative));
        using var check = await editor.PostWithTokenAsync($"/scheduler/posts/{post}/checks", HtmlForms.AntiforgeryToken(page), [], htmx: true);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Null((await app.TargetAsync(id)).CheckedAtUtc);
    }

    private async Task<(PublishingTestKit.Linked Account, Guid PostId, Guid TargetId)> BookedWithMissingMediaAsync()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Beans").WithMedia(app.MediaServer.Missing("beans.jpg"));
        app.ShowCard(post);
        var id = await app.ScheduleAsync(account, post, app.Clock.GetUtcNow().UtcDateTime.AddHours(2));
        return (account, post.PostId, id);
    }

    private async Task<HttpClient> OwnerAsync(PublishingTestKit.Linked account) =>
        app.CreateClientFor((await app.AddMemberAsync(account.AgencyId, AgencyRole.Owner)).UserId, account.AgencyId);
}
