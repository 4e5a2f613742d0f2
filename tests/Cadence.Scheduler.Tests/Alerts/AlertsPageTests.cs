using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Tests.Scheduling;
using Cadence.Testing;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>/scheduler/alerts: newest first, links to the post, mark all read, the unread badge, and only the agency's own alerts.</summary>
public sealed class AlertsPageTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private const string Url = "/scheduler/alerts";

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_page_lists_alerts_newest_first_with_links_to_their_posts_and_counts_unread_in_the_navigation()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var postId = Guid.NewGuid();
        await app.AddAlertAsync(owner.AgencyId, "Older alert", Now.AddHours(-2), clientId, Guid.NewGuid());
        await app.AddAlertAsync(owner.AgencyId, "Newer alert", Now.AddHours(-1), clientId, postId);
        using var http = app.CreateClientFor(owner.UserId);

        var page = await http.GetDocumentAsync(Url);

        Assert.NotNull(page.QuerySelector("html"));
        var items = page.QuerySelectorAll("#alerts li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Newer alert", items[0], StringComparison.Ordinal);
        Assert.Contains("Older alert", items[1], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#alerts a[href='/scheduler/posts/{postId}']"));
        Assert.Equal("2 unread", page.QuerySelector("nav.sidebar a[href$='/Alerts'] .badge")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_fragment_is_the_list_alone()
    {
        var owner = await app.CreateAgencyAsync();
        await app.AddAlertAsync(owner.AgencyId, "Something failed", Now);
        using var http = app.CreateClientFor(owner.UserId);

        var fragment = await http.GetFragmentAsync(Url);

        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.Null(fragment.QuerySelector("nav.sidebar"));
        Assert.Contains("Something failed", fragment.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_all_read_clears_the_badge_as_a_fragment_for_htmx_and_with_a_redirect_for_a_form()
    {
        var owner = await app.CreateAgencyAsync();
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.AddAlertAsync(owner.AgencyId, "First", Now);
        using var http = app.CreateClientFor(editor.UserId);

        using var htmx = await http.PostFormAsync(Url, [], $"{Url}?handler=MarkAllRead", htmx: true);

        Assert.Equal(HttpStatusCode.OK, htmx.StatusCode);
        var fragment = await HtmlForms.ParseAsync(htmx);
        Assert.Contains("All read.", fragment.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(fragment.QuerySelector("#alerts button"));
        Assert.All(await app.AlertsAsync(owner.AgencyId), a => Assert.Equal((Now, editor.UserId), (a.ReadAtUtc!.Value, a.ReadByUserId!.Value)));
        Assert.Null((await http.GetDocumentAsync(Url)).QuerySelector("nav.sidebar .badge"));

        await app.AddAlertAsync(owner.AgencyId, "Second", Now);
        using var form = await http.PostFormAsync(Url, [], $"{Url}?handler=MarkAllRead");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.All(await app.AlertsAsync(owner.AgencyId), a => Assert.NotNull(a.ReadAtUtc));
    }

    [Fact]
    public async Task Another_agency_sees_none_of_the_alerts_and_cannot_mark_them_read()
    {
        var owner = await app.CreateAgencyAsync();
        var stranger = await app.CreateAgencyAsync("Other Agency");
        await app.AddAlertAsync(owner.AgencyId, "Private trouble", Now);
        using var http = app.CreateClientFor(stranger.UserId);

        var page = await http.GetDocumentAsync(Url);
        using var marked = await http.PostFormAsync(Url, [], $"{Url}?handler=MarkAllRead", htmx: true);

        Assert.DoesNotContain("Private trouble", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#alerts .empty-state"));
        Assert.Null(page.QuerySelector("nav.sidebar .badge"));
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Null(Assert.Single(await app.AlertsAsync(owner.AgencyId)).ReadAtUtc);
    }

    [Fact]
    public async Task A_member_restricted_to_one_client_sees_only_that_clients_alerts()
    {
        var owner = await app.CreateAgencyAsync();
        var theirs = await app.CreateClientAsync(owner.AgencyId, "Theirs");
        var others = await app.CreateClientAsync(owner.AgencyId, "Others");
        var restricted = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, [theirs]);
        await app.AddAlertAsync(owner.AgencyId, "About theirs", Now, theirs, Guid.NewGuid());
        await app.AddAlertAsync(owner.AgencyId, "About others", Now, others, Guid.NewGuid());
        using var http = app.CreateClientFor(restricted.UserId);

        var text = (await http.GetDocumentAsync(Url)).QuerySelector("#alerts")!.TextContent;

        Assert.Contains("About theirs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("About others", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatcher_alert_links_admins_to_the_status_page_and_not_editors()
    {
        var owner = await app.CreateAgencyAsync();
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.AddAlertAsync(owner.AgencyId, "The dispatcher is silent", Now);

        var ownerPage = await app.CreateClientFor(owner.UserId).GetDocumentAsync(Url);
        var editorPage = await app.CreateClientFor(editor.UserId).GetDocumentAsync(Url);

        Assert.NotNull(ownerPage.QuerySelector("#alerts a[href$='/Status']"));
        Assert.Null(editorPage.QuerySelector("#alerts a[href$='/Status']"));
        Assert.Contains("The dispatcher is silent", editorPage.QuerySelector("#alerts")!.TextContent, StringComparison.Ordinal);
    }
}
