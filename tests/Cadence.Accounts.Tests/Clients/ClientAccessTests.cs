using System.Net;
using System.Net.Http.Json;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class ClientAccessTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Theory]
    [InlineData(AgencyRole.Viewer)]
    [InlineData(AgencyRole.Editor)]
    public async Task Viewers_and_Editors_may_read_clients_but_get_403_on_create_edit_and_archive(AgencyRole role)
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var member = await app.AddMemberAsync(owner.AgencyId, role);
        var http = app.CreateClientFor(member.UserId);
        var details = await http.GetDocumentAsync(DetailsUrl(id));
        var token = HtmlForms.AntiforgeryToken(details);

        using var create = await http.GetAsync(new Uri(CreateUrl, UriKind.Relative));
        using var edit = await http.GetAsync(new Uri(EditUrl(id), UriKind.Relative));
        using var postCreate = await http.PostWithTokenAsync(CreateUrl, token, Fields("Sneaky"));
        using var postEdit = await http.PostWithTokenAsync(EditUrl(id), token, Fields("Sneaky"));
        using var archive = await http.PostWithTokenAsync(ArchiveUrl(id), token, []);
        using var restore = await http.PostWithTokenAsync(RestoreUrl(id), token, [], htmx: true);

        Assert.All([create, edit, postCreate, postEdit, archive, restore], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Null(details.QuerySelector("#client-status form"));
        Assert.Null(details.QuerySelector($"a[href='{EditUrl(id)}']"));
        var client = await app.FindClientAsync(id);
        Assert.Equal(("Blue Bottle", (DateTime?)null), (client!.Name, client.ArchivedAtUtc));
        Assert.Single(await app.ClientsOfAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_member_restricted_to_one_client_sees_only_it_and_gets_404_for_the_others()
    {
        var owner = await app.CreateAgencyAsync();
        var theirs = await app.CreateClientAsync(owner.AgencyId, "Theirs");
        var other = await app.CreateClientAsync(owner.AgencyId, "Not theirs");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [theirs]);
        var http = app.CreateClientFor(editor.UserId);

        var list = await http.GetDocumentAsync($"{ListUrl}?status=All");
        using var details = await http.GetAsync(new Uri(DetailsUrl(other), UriKind.Relative));
        using var logo = await http.GetAsync(new Uri(LogoUrl(other), UriKind.Relative));
        using var api = await http.GetAsync(new Uri($"/api/v1/clients/{other}", UriKind.Relative));
        var apiList = await http.GetFromJsonAsync<ApiPage>("/api/v1/clients?status=all");

        Assert.Equal(["Theirs"], list.QuerySelectorAll("#client-results tbody a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(DetailsUrl(theirs), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, logo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal([theirs], apiList!.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Another_agencys_client_answers_404_on_every_page_and_api_route_and_stays_unchanged()
    {
        var theirs = await app.CreateAgencyAsync("Other agency");
        var id = await app.CreateClientAsync(theirs.AgencyId, "Their client");
        await app.CreateClientFor(theirs.UserId).PostClientFormAsync(EditUrl(id), Fields("Their client"), PngBytes);
        var owner = await app.CreateAgencyAsync();
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(ListUrl));
        var before = await app.OutboxIdsAsync(theirs.AgencyId);

        HttpResponseMessage[] responses =
        [
            await http.GetAsync(new Uri(DetailsUrl(id), UriKind.Relative)),
            await http.GetAsync(new Uri(LogoUrl(id), UriKind.Relative)),
            await http.GetAsync(new Uri(EditUrl(id), UriKind.Relative)),
            await http.GetAsync(new Uri(ArchiveUrl(id), UriKind.Relative)),
            await http.PostWithTokenAsync(EditUrl(id), token, Fields("Hijacked")),
            await http.PostWithTokenAsync(ArchiveUrl(id), token, []),
            await http.PostWithTokenAsync(RestoreUrl(id), token, [], htmx: true),
            await http.GetAsync(new Uri($"/api/v1/clients/{id}", UriKind.Relative)),
            await http.PatchAsJsonAsync($"/api/v1/clients/{id}", new { name = "Hijacked" }),
            await http.PostAsync(new Uri($"/api/v1/clients/{id}/archive", UriKind.Relative), null),
            await http.PostAsync(new Uri($"/api/v1/clients/{id}/restore", UriKind.Relative), null),
        ];

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var client = await app.FindClientAsync(id);
        Assert.Equal(("Their client", (DateTime?)null), (client!.Name, client.ArchivedAtUtc));
        Assert.Equal(before, await app.OutboxIdsAsync(theirs.AgencyId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private sealed record ApiPage(List<ApiItem> Items);

    private sealed record ApiItem(Guid Id);
}
