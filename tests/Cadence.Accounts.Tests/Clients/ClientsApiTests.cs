using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class ClientsApiTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string Api = "/api/v1/clients";

    [Fact]
    public async Task Posting_a_client_answers_201_with_its_location_and_body_and_writes_one_ClientCreated()
    {
        var owner = await app.CreateAgencyAsync();
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostAsJsonAsync(
            Api, new { name = "Bondi Surf Co", timeZone = "Australia/Sydney", brandColor = "#0077b6", notes = "Reels." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Api}/{id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal(("Bondi Surf Co", "Australia/Sydney", "#0077B6", false), (
            body.GetProperty("name").GetString(), body.GetProperty("timeZone").GetString(), body.GetProperty("brandColor").GetString(),
            body.GetProperty("isArchived").GetBoolean()));
        await app.AssertOneNewEventAsync<ClientCreated>(owner.AgencyId, id, before);
    }

    [Fact]
    public async Task Invalid_fields_answer_400_with_the_error_envelope_naming_each_field_and_save_nothing()
    {
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).PostAsJsonAsync(Api, new { name = "", timeZone = "Nowhere/Else", brandColor = "red" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("validation", error.GetProperty("code").GetString());
        Assert.Equal(
            ["BrandColor", "Name", "TimeZone"],
            error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString()!).Order());
        Assert.Empty(await app.ClientsOfAsync(owner.AgencyId));
        Assert.Empty(await app.OutboxOfAsync(owner.AgencyId));
    }

    [Fact]
    public async Task A_duplicate_name_answers_409_naming_the_name_field()
    {
        var owner = await app.CreateAgencyAsync();
        await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");

        using var response = await app.CreateClientFor(owner.UserId).PostAsJsonAsync(Api, new { name = "blue bottle", timeZone = "Europe/London", brandColor = "#000000" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("Name", error.GetProperty("details")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Listing_pages_searches_and_filters_like_the_page()
    {
        var owner = await app.CreateAgencyAsync();
        foreach (var name in new[] { "Alpha", "Alpine", "Beta" })
        {
            await app.CreateClientAsync(owner.AgencyId, name);
        }

        var http = app.CreateClientFor(owner.UserId);
        await http.PostAsync(new Uri($"{Api}/{await app.CreateClientAsync(owner.AgencyId, "Alpaca")}/archive", UriKind.Relative), null);

        var active = await http.GetFromJsonAsync<JsonElement>($"{Api}?search=alp&pageSize=1&page=2");
        var all = await http.GetFromJsonAsync<JsonElement>($"{Api}?search=alp&status=all");
        using var badStatus = await http.GetAsync(new Uri($"{Api}?status=deleted", UriKind.Relative));

        Assert.Equal((2, 2, 1, 2), (active.GetProperty("totalCount").GetInt32(), active.GetProperty("page").GetInt32(), active.GetProperty("pageSize").GetInt32(), active.GetProperty("pageCount").GetInt32()));
        Assert.Equal("Alpine", active.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(["Alpaca", "Alpha", "Alpine"], all.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    [Fact]
    public async Task Patching_changes_only_the_fields_sent_and_writes_one_ClientUpdated()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle", "Asia/Tokyo");
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PatchAsJsonAsync($"{Api}/{id}", new { brandColor = "#123abc" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = await app.FindClientAsync(id);
        Assert.Equal(("Blue Bottle", "Asia/Tokyo", "#123ABC"), (client!.Name, client.TimeZoneId, client.BrandColor));
        await app.AssertOneNewEventAsync<ClientUpdated>(owner.AgencyId, id, before);
    }

    [Fact]
    public async Task Archiving_answers_the_archived_client_and_archiving_again_is_a_conflict()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var first = await http.PostAsync(new Uri($"{Api}/{id}/archive", UriKind.Relative), null);
        using var again = await http.PostAsync(new Uri($"{Api}/{id}/archive", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isArchived").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await app.AssertOneNewEventAsync<ClientArchived>(owner.AgencyId, id, before);
    }

    [Fact]
    public async Task A_Viewer_may_read_but_gets_403_with_the_envelope_on_changes()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var http = app.CreateClientFor(viewer.UserId);

        using var read = await http.GetAsync(new Uri($"{Api}/{id}", UriKind.Relative));
        using var create = await http.PostAsJsonAsync(Api, new { name = "X", timeZone = "Europe/London", brandColor = "#000000" });
        using var patch = await http.PatchAsJsonAsync($"{Api}/{id}", new { name = "X" });
        using var archive = await http.PostAsync(new Uri($"{Api}/{id}/archive", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.All([create, patch, archive], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("forbidden", (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        Assert.Single(await app.ClientsOfAsync(owner.AgencyId));
    }

    [Fact]
    public async Task Without_signing_in_the_api_answers_401_with_the_envelope_not_a_redirect()
    {
        using var response = await app.CreateAnonymousClient().GetAsync(new Uri(Api, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Another_agencys_client_id_answers_404_with_the_envelope()
    {
        var other = await app.CreateAgencyAsync("Other agency");
        var id = await app.CreateClientAsync(other.AgencyId);
        var owner = await app.CreateAgencyAsync();

        using var response = await app.CreateClientFor(owner.UserId).GetAsync(new Uri($"{Api}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }
}
