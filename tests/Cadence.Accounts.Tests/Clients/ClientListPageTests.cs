using System.Net;
using AngleSharp.Html.Dom;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class ClientListPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task The_list_links_each_active_client_to_its_details_with_its_zone_and_colour()
    {
        var owner = await app.CreateAgencyAsync();
        var tokyo = await app.CreateClientAsync(owner.AgencyId, "Sakura Studio", "Asia/Tokyo");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(ListUrl);

        Assert.Equal("Clients", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Search clients", page.QuerySelector("label[for=search]")?.TextContent.Trim());
        Assert.Equal("Status", page.QuerySelector("label[for=status]")?.TextContent.Trim());
        Assert.Equal(["Active", "Archived", "All"], page.QuerySelectorAll("#status option").Select(o => o.TextContent));
        Assert.Equal("/Accounts/Clients/Create", page.QuerySelector("a[href='/Accounts/Clients/Create']")?.GetAttribute("href"));
        Assert.Equal("New client", page.QuerySelector(".page-header a")?.TextContent.Trim());
        var row = page.QuerySelector("#client-results tbody tr")!;
        Assert.Equal(DetailsUrl(tokyo), row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Asia/Tokyo", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector(".swatch"));
    }

    [Fact]
    public async Task The_search_field_asks_htmx_for_the_results_fragment_as_the_person_types()
    {
        var owner = await app.CreateAgencyAsync();

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(ListUrl);
        var search = page.GetElementById("search")!;

        Assert.Equal("/Accounts/Clients", search.GetAttribute("hx-get"));
        Assert.Equal("input changed delay:300ms, search", search.GetAttribute("hx-trigger"));
        Assert.Equal("#client-results", search.GetAttribute("hx-target"));
        Assert.Equal("true", search.GetAttribute("hx-push-url"));
        Assert.Equal("get", page.QuerySelector("form[role=search]")?.GetAttribute("method"));
    }

    [Fact]
    public async Task Searching_matches_part_of_the_name_ignoring_case_as_a_fragment_for_htmx_and_a_page_otherwise()
    {
        var owner = await app.CreateAgencyAsync();
        foreach (var name in new[] { "Alpha Bakery", "Beta Bikes", "alpine Cafe", "50% Off" })
        {
            await app.CreateClientAsync(owner.AgencyId, name);
        }

        var http = app.CreateClientFor(owner.UserId);
        var fragment = await http.GetFragmentAsync($"{ListUrl}?search=ALP");
        var page = await http.GetDocumentAsync($"{ListUrl}?search=alp");
        var percent = await http.GetFragmentAsync($"{ListUrl}?search=%25");

        Assert.Equal(["Alpha Bakery", "alpine Cafe"], Names(fragment));
        Assert.Null(fragment.QuerySelector("h1"));
        Assert.NotNull(fragment.GetElementById("client-results"));
        Assert.Equal(["Alpha Bakery", "alpine Cafe"], Names(page));
        Assert.Equal("Clients", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("alp", page.GetElementById("search")?.GetAttribute("value"));
        Assert.Equal(["50% Off"], Names(percent));
    }

    [Fact]
    public async Task The_status_filter_shows_active_archived_or_all_clients()
    {
        var owner = await app.CreateAgencyAsync();
        await app.CreateClientAsync(owner.AgencyId, "Current");
        var old = await app.CreateClientAsync(owner.AgencyId, "Former");
        var http = app.CreateClientFor(owner.UserId);
        await http.PostFormAsync(ArchiveUrl(old), []);

        Assert.Equal(["Current"], Names(await http.GetFragmentAsync(ListUrl)));
        Assert.Equal(["Former"], Names(await http.GetFragmentAsync($"{ListUrl}?status=Archived")));
        Assert.Equal(["Current", "Former"], Names(await http.GetFragmentAsync($"{ListUrl}?status=All")));
        var page = await http.GetDocumentAsync($"{ListUrl}?status=Archived");
        Assert.Equal("Archived", page.QuerySelector("#status option[selected]")?.TextContent);
    }

    [Fact]
    public async Task Twenty_five_clients_make_a_page_and_the_next_page_holds_the_rest()
    {
        var owner = await app.CreateAgencyAsync();
        for (var i = 1; i <= 26; i++)
        {
            await app.CreateClientAsync(owner.AgencyId, $"Client {i:00}");
        }

        var http = app.CreateClientFor(owner.UserId);
        var first = await http.GetDocumentAsync(ListUrl);
        var next = first.QuerySelector("nav[aria-label=Pages] a")!;
        var second = await http.GetFragmentAsync(next.GetAttribute("hx-get")!);

        Assert.Equal(25, Names(first).Count);
        Assert.Equal("Next page", next.TextContent);
        Assert.Equal(["Client 26"], Names(second));
    }

    [Fact]
    public async Task With_no_clients_an_Owner_is_invited_to_add_the_first_and_a_Viewer_to_ask_an_Admin()
    {
        var owner = await app.CreateAgencyAsync();
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);

        var ownerPage = await app.CreateClientFor(owner.UserId).GetDocumentAsync(ListUrl);
        var viewerPage = await app.CreateClientFor(viewer.UserId).GetDocumentAsync(ListUrl);

        var add = ownerPage.QuerySelector(".empty-state a")!;
        Assert.Equal("Add your first client", add.TextContent.Trim());
        Assert.Equal(CreateUrl, add.GetAttribute("href"));
        Assert.Contains("Ask an Owner or Admin", viewerPage.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Null(viewerPage.QuerySelector("a[href='/Accounts/Clients/Create']"));
    }

    [Fact]
    public async Task The_details_show_the_clients_local_time_in_its_zone()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Sakura Studio", "Asia/Tokyo");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(DetailsUrl(id));

        var time = page.QuerySelector("time")!;
        Assert.Equal("2026-11-23T18:00+09:00", time.GetAttribute("datetime"));
        Assert.Equal("Monday 23 November, 18:00", time.TextContent);
        Assert.Equal("Edit client", page.QuerySelector($"a[href='{EditUrl(id)}']")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_answers_the_full_page_when_htmx_restores_history()
    {
        var owner = await app.CreateAgencyAsync();
        var http = app.CreateClientFor(owner.UserId);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ListUrl, UriKind.Relative));
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-History-Restore-Request", "true");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    private static List<string> Names(IHtmlDocument document) =>
        [.. document.QuerySelectorAll("#client-results tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
}
