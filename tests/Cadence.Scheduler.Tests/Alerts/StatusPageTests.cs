using System.Net;
using Cadence.Scheduler.Tests.Scheduling;
using Cadence.Testing;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>/scheduler/status: Admins only; nodes are everyone's, overdue posts and counts are the agency's own.</summary>
public sealed class StatusPageTests(SchedulingAppFactory app) : IClassFixture<SchedulingAppFactory>
{
    private const string Url = "/scheduler/status";

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task An_admin_sees_each_nodes_last_beat_the_overdue_posts_with_links_and_the_counts_by_state()
    {
        var (tenant, _, admin, _) = await app.TeamAsync();
        var late = await app.BookDueAtAsync(tenant, Now.AddMinutes(-20));
        await app.BookDueAtAsync(tenant, Now.AddHours(2));
        await app.BeatAsync("status-node");
        using var http = app.CreateClientFor(admin.UserId);

        var page = await http.GetDocumentAsync(Url);

        Assert.NotNull(page.QuerySelector("html"));
        var node = page.QuerySelectorAll("#status tbody tr").Select(r => r.TextContent).Single(t => t.Contains("status-node", StringComparison.Ordinal));
        Assert.Contains("Running", node, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#status .overdue-posts a[href='/scheduler/posts/{late}']"));
        Assert.Contains("1 post overdue", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.QuerySelector("#status td[data-state='Scheduled']")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav.sidebar a[href$='/Status']"));
    }

    [Fact]
    public async Task The_refresh_fragment_is_the_status_alone()
    {
        var (_, owner, _, _) = await app.TeamAsync();
        using var http = app.CreateClientFor(owner.UserId);

        var fragment = await http.GetFragmentAsync(Url);

        Assert.NotNull(fragment.QuerySelector("#status"));
        Assert.Null(fragment.QuerySelector("nav.sidebar"));
        Assert.Null(fragment.QuerySelector("h1"));
    }

    [Fact]
    public async Task An_editor_is_forbidden_and_does_not_see_it_in_the_navigation()
    {
        var (_, _, _, editor) = await app.TeamAsync();
        using var http = app.CreateClientFor(editor.UserId);

        using var response = await http.GetAsync(new Uri(Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await http.GetDocumentAsync("/scheduler/alerts")).QuerySelector("nav.sidebar a[href$='/Status']"));
    }

    [Fact]
    public async Task Another_agencys_admin_sees_none_of_its_overdue_posts_or_counts()
    {
        var (tenant, _, _, _) = await app.TeamAsync();
        var late = await app.BookDueAtAsync(tenant, Now.AddMinutes(-20));
        var (_, strangerOwner, _, _) = await app.TeamAsync();
        using var http = app.CreateClientFor(strangerOwner.UserId);

        var page = await http.GetDocumentAsync(Url);

        Assert.Null(page.QuerySelector($"a[href='/scheduler/posts/{late}']"));
        Assert.Contains("No posts are overdue", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("#status td[data-state]"), cell => Assert.Equal("0", cell.TextContent));
    }
}
