using System.Net;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class ArchiveClientPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task Archiving_from_the_details_page_without_htmx_redirects_back_to_an_archived_client()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);
        var before = await app.OutboxIdsAsync(owner.AgencyId);
        var details = await http.GetDocumentAsync(DetailsUrl(id));
        var form = details.QuerySelector("#client-status form")!;

        using var response = await http.PostWithTokenAsync(form.GetAttribute("action")!, HtmlForms.AntiforgeryToken(details), []);

        Assert.Equal("Archive client", form.QuerySelector("button")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DetailsUrl(id), response.Headers.Location?.OriginalString);
        Assert.NotNull((await app.FindClientAsync(id))!.ArchivedAtUtc);
        await app.AssertOneNewEventAsync<ClientArchived>(owner.AgencyId, id, before);
        var after = await http.GetDocumentAsync(DetailsUrl(id));
        Assert.Equal("Restore client", after.QuerySelector("#client-status button")?.TextContent.Trim());
        Assert.Contains("Client archived", after.GetElementById("toasts")!.TextContent, StringComparison.Ordinal);

        var restoreForm = after.QuerySelector("#client-status form")!;
        using var restored = await http.PostWithTokenAsync(restoreForm.GetAttribute("action")!, HtmlForms.AntiforgeryToken(after), []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Null((await app.FindClientAsync(id))!.ArchivedAtUtc);
    }

    [Fact]
    public async Task Archiving_and_restoring_through_htmx_answer_the_status_fragment_with_a_toast()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(DetailsUrl(id)));

        using var archived = await http.PostWithTokenAsync(ArchiveUrl(id), token, [], htmx: true);
        var archivedHtml = await archived.Content.ReadAsStringAsync();
        var beforeRestore = await app.OutboxIdsAsync(owner.AgencyId);
        using var restored = await http.PostWithTokenAsync(RestoreUrl(id), token, [], htmx: true);
        var restoredFragment = await HtmlForms.ParseAsync(restored);

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.DoesNotContain("<html", archivedHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Restore client", archivedHtml, StringComparison.Ordinal);
        Assert.Contains("Client archived", archived.Headers.GetValues("HX-Trigger").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("Archive client", restoredFragment.QuerySelector("#client-status button")?.TextContent.Trim());
        Assert.Null((await app.FindClientAsync(id))!.ArchivedAtUtc);
        await app.AssertOneNewEventAsync<ClientRestored>(owner.AgencyId, id, beforeRestore);
    }

    [Fact]
    public async Task The_archive_address_opened_in_a_browser_asks_for_confirmation()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync(ArchiveUrl(id));

        Assert.Equal("Archive Blue Bottle?", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Archive client", page.QuerySelector("#client-status button")?.TextContent.Trim());
    }

    [Fact]
    public async Task Restoring_a_client_whose_name_an_active_client_now_has_is_refused_and_writes_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");
        var http = app.CreateClientFor(owner.UserId);
        await http.PostFormAsync(ArchiveUrl(id), []);
        await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await http.PostFormAsync(ArchiveUrl(id), [], actionUrl: RestoreUrl(id), htmx: true);

        Assert.Contains("already called", response.Headers.GetValues("HX-Trigger").Single(), StringComparison.Ordinal);
        Assert.NotNull((await app.FindClientAsync(id))!.ArchivedAtUtc);
        Assert.Equal(before, await app.OutboxIdsAsync(owner.AgencyId));
    }
}
