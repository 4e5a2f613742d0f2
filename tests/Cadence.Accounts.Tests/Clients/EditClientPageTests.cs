using System.Net;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Testing;
using static Cadence.Accounts.Tests.Clients.ClientTestKit;

namespace Cadence.Accounts.Tests.Clients;

public sealed class EditClientPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    [Fact]
    public async Task The_edit_form_shows_the_client_as_it_is()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle", "Asia/Tokyo");

        var document = await app.CreateClientFor(owner.UserId).GetDocumentAsync(EditUrl(id));

        Assert.Equal("Blue Bottle", document.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("#Input_TimeZone option[value='Asia/Tokyo'][selected]"));
        Assert.Equal("#1F6FEB", document.GetElementById("Input_BrandColor")!.GetAttribute("value"));
        Assert.Null(document.GetElementById("Input_RemoveLogo"));
    }

    [Fact]
    public async Task Saving_changes_updates_the_client_writes_one_ClientUpdated_and_returns_to_the_details()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");
        var http = app.CreateClientFor(owner.UserId);
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await http.PostClientFormAsync(EditUrl(id), Fields("Blue Bottle Coffee", "America/New_York", "#00ff00", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DetailsUrl(id), response.Headers.Location?.OriginalString);
        var client = await app.FindClientAsync(id);
        Assert.Equal(("Blue Bottle Coffee", "America/New_York", "#00FF00", (string?)null), (client!.Name, client.TimeZoneId, client.BrandColor, client.Notes));
        await app.AssertOneNewEventAsync<ClientUpdated>(owner.AgencyId, id, before);
    }

    [Fact]
    public async Task A_bad_colour_through_htmx_answers_422_with_the_error_by_the_colour_and_changes_nothing()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId, "Blue Bottle");
        var before = await app.OutboxIdsAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(EditUrl(id), Fields("Renamed", color: "blue"), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty((await HtmlForms.ParseAsync(response)).FieldError("BrandColor")));
        Assert.Equal("Blue Bottle", (await app.FindClientAsync(id))!.Name);
        Assert.Equal(before, await app.OutboxIdsAsync(owner.AgencyId));
    }

    [Fact]
    public async Task Renaming_to_another_active_clients_name_is_refused_by_the_name()
    {
        var owner = await app.CreateAgencyAsync();
        await app.CreateClientAsync(owner.AgencyId, "Taken");
        var id = await app.CreateClientAsync(owner.AgencyId, "Mine");

        using var response = await app.CreateClientFor(owner.UserId).PostClientFormAsync(EditUrl(id), Fields("taken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already called", (await HtmlForms.ParseAsync(response)).FieldError("Name"), StringComparison.Ordinal);
        Assert.Equal("Mine", (await app.FindClientAsync(id))!.Name);
    }

    [Fact]
    public async Task A_logo_can_be_replaced_and_then_removed()
    {
        var owner = await app.CreateAgencyAsync();
        var id = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);

        using var added = await http.PostClientFormAsync(EditUrl(id), Fields(), PngBytes);
        using var replaced = await http.PostClientFormAsync(EditUrl(id), Fields(), WebpBytes);
        using var servedAfterReplace = await http.GetAsync(new Uri(LogoUrl(id), UriKind.Relative));
        var form = await http.GetDocumentAsync(EditUrl(id));
        var remove = Fields();
        remove["Input.RemoveLogo"] = "true";
        using var removed = await http.PostClientFormAsync(EditUrl(id), remove);
        using var servedAfterRemove = await http.GetAsync(new Uri(LogoUrl(id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("image/webp", servedAfterReplace.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Remove logo", form.GetElementById("Input_RemoveLogo")?.ParentElement?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False((await app.FindClientAsync(id))!.HasLogo);
        Assert.Equal(HttpStatusCode.NotFound, servedAfterRemove.StatusCode);
    }
}
