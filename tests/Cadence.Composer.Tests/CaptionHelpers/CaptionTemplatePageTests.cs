using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Composer.Tests.CaptionHelpers;

public sealed class CaptionTemplatePageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string ListUrl = "/Composer/CaptionTemplates";

    [Fact]
    public async Task The_list_shows_the_chosen_clients_templates_as_a_page_and_as_a_fragment()
    {
        var owner = await app.CreateAgencyAsync();
        var first = await app.CreateClientAsync(owner.AgencyId, "Alpha Roasters");
        var second = await app.CreateClientAsync(owner.AgencyId, "Beta Bakery");
        await app.AddTemplateAsync(owner.AgencyId, first, "Sign-off", "See you at the bar!");
        await app.AddTemplateAsync(owner.AgencyId, second, "Bake day", "Fresh from the oven");
        var http = app.CreateClientFor(owner.UserId);

        var page = await http.GetDocumentAsync(ListUrl);
        var fragment = await http.GetFragmentTextAsync($"{ListUrl}?clientId={second}");

        Assert.Equal("Caption templates", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("See you at the bar!", page.QuerySelector("#caption-templates")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("<section id=\"caption-templates\"", fragment.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Fresh from the oven", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("See you at the bar!", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_template_keeps_its_lines_and_returns_to_the_clients_list()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(CreateUrl(client), Fields("Sign-off", "See you soon ☕\r\n#coffee"), htmx: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal($"{ListUrl}?clientId={client}", response.Headers.GetValues("HX-Redirect").Single());
        var template = Assert.Single(await app.TemplatesOfAsync(client));
        Assert.Equal(("Sign-off", "See you soon ☕\n#coffee"), (template.Name, template.Body));
    }

    [Theory]
    [InlineData(2200, "a", null)]
    [InlineData(2201, "a", "A caption holds 2,200 characters and this text has 2,201")]
    [InlineData(1100, "😀", null)]
    [InlineData(1101, "😀", "this text has 2,202 (an emoji counts as 2)")]
    public async Task A_template_holds_at_most_a_whole_caption(int times, string unit, string? message)
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(CreateUrl(client), Fields("Long", string.Concat(Enumerable.Repeat(unit, times))), htmx: true);

        if (message is null)
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Single(await app.TemplatesOfAsync(client));
        }
        else
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(message, (await HtmlForms.ParseAsync(response)).FieldError("Body"), StringComparison.Ordinal);
            Assert.Empty(await app.TemplatesOfAsync(client));
        }
    }

    [Theory]
    [InlineData("", "Hello", "Name", "Name the template")]
    [InlineData("Hello", "  ", "Body", "Write the text the template inserts.")]
    [InlineData("Sign-OFF", "Hello", "Name", "already has a template called")]
    public async Task Refused_input_on_the_full_page_shows_the_message_by_its_field(string name, string body, string field, string message)
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        await app.AddTemplateAsync(owner.AgencyId, client, "Sign-off");

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(CreateUrl(client), Fields(name, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("header, nav"));
        Assert.Contains(message, page.FieldError(field), StringComparison.Ordinal);
        Assert.Single(await app.TemplatesOfAsync(client));
    }

    [Fact]
    public async Task Editing_saves_changes_and_a_refused_edit_through_htmx_answers_the_form_fragment()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var template = await app.AddTemplateAsync(owner.AgencyId, client, "Sign-off", "Bye");
        var http = app.CreateClientFor(owner.UserId);

        var form = await http.GetDocumentAsync(EditUrl(template.Id));
        using var refused = await http.PostFormAsync(EditUrl(template.Id), Fields("", "Bye"), htmx: true);
        using var saved = await http.PostFormAsync(EditUrl(template.Id), Fields("Sign-off", "Bye for now"));

        Assert.Equal("Bye", form.GetElementById("Input_Body")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("<form id=\"caption-template-form\"", (await refused.Content.ReadAsStringAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Bye for now", Assert.Single(await app.TemplatesOfAsync(client)).Body);
    }

    [Fact]
    public async Task Deleting_through_htmx_returns_the_list_fragment()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var template = await app.AddTemplateAsync(owner.AgencyId, client);
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync($"{ListUrl}?clientId={client}"));

        using var response = await http.PostWithTokenAsync(DeleteUrl(template.Id), token, [], htmx: true);

        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<section id=\"caption-templates\"", body.Trim(), StringComparison.Ordinal);
        Assert.Contains("has no caption templates yet", body, StringComparison.Ordinal);
        Assert.Empty(await app.TemplatesOfAsync(client));
    }

    [Fact]
    public async Task A_viewer_sees_templates_but_gets_403_on_every_change()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var template = await app.AddTemplateAsync(owner.AgencyId, client);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var http = app.CreateClientFor(viewer.UserId);

        var list = await http.GetDocumentAsync($"{ListUrl}?clientId={client}");
        var token = HtmlForms.AntiforgeryToken(list);
        using var postCreate = await http.PostWithTokenAsync(CreateUrl(client), token, Fields("Sneaky", "x"));
        using var postEdit = await http.PostWithTokenAsync(EditUrl(template.Id), token, Fields("Sneaky", "x"));
        using var delete = await http.PostWithTokenAsync(DeleteUrl(template.Id), token, []);

        Assert.Null(list.QuerySelector("#caption-templates form"));
        Assert.All([postCreate, postEdit, delete], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Single(await app.TemplatesOfAsync(client));
    }

    [Fact]
    public async Task Another_agencys_or_a_restricted_members_other_clients_ids_answer_404()
    {
        var owner = await app.CreateAgencyAsync();
        var theirs = await app.CreateClientAsync(owner.AgencyId, "Theirs");
        var other = await app.CreateClientAsync(owner.AgencyId, "Not theirs");
        var otherTemplate = await app.AddTemplateAsync(owner.AgencyId, other);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [theirs]);
        var stranger = await app.CreateAgencyAsync("Elsewhere Agency");
        await app.CreateClientAsync(stranger.AgencyId);

        foreach (var member in new[] { editor, stranger })
        {
            var http = app.CreateClientFor(member.UserId);
            var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(ListUrl));
            using var list = await http.GetAsync(new Uri($"{ListUrl}?clientId={other}", UriKind.Relative));
            using var postCreate = await http.PostWithTokenAsync(CreateUrl(other), token, Fields("Mine now", "x"));
            using var edit = await http.GetAsync(new Uri(EditUrl(otherTemplate.Id), UriKind.Relative));
            using var postEdit = await http.PostWithTokenAsync(EditUrl(otherTemplate.Id), token, Fields("Mine now", "x"));
            using var delete = await http.PostWithTokenAsync(DeleteUrl(otherTemplate.Id), token, [], htmx: true);

            Assert.All([list, postCreate, edit, postEdit, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        }

        Assert.Equal("Sign-off", Assert.Single(await app.TemplatesOfAsync(other)).Name);
    }

    private static string CreateUrl(Guid clientId) => $"{ListUrl}/Create?clientId={clientId}";

    private static string EditUrl(Guid id) => $"{ListUrl}/Edit/{id}";

    private static string DeleteUrl(Guid id) => $"{ListUrl}/Delete/{id}";

    private static Dictionary<string, string> Fields(string name, string body) => new() { ["Input.Name"] = name, ["Input.Body"] = body };
}
