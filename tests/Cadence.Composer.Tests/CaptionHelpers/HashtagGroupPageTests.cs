using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Testing;

namespace Cadence.Composer.Tests.CaptionHelpers;

public sealed class HashtagGroupPageTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string ListUrl = "/Composer/HashtagGroups";

    [Fact]
    public async Task The_list_shows_the_chosen_clients_groups_as_a_page_and_as_a_fragment()
    {
        var owner = await app.CreateAgencyAsync();
        var first = await app.CreateClientAsync(owner.AgencyId, "Alpha Roasters");
        var second = await app.CreateClientAsync(owner.AgencyId, "Beta Bakery");
        await app.AddGroupAsync(owner.AgencyId, first, "Coffee basics", "#coffee #latte");
        await app.AddGroupAsync(owner.AgencyId, second, "Bread", "#sourdough");
        var http = app.CreateClientFor(owner.UserId);

        var page = await http.GetDocumentAsync(ListUrl);
        var fragment = await http.GetFragmentTextAsync($"{ListUrl}?clientId={second}");

        Assert.NotNull(page.QuerySelector("html"));
        Assert.Equal(["Alpha Roasters", "Beta Bakery"], page.QuerySelectorAll("#clientId option").Select(o => o.TextContent));
        Assert.Contains("#coffee #latte", page.QuerySelector("#hashtag-groups")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("<section id=\"hashtag-groups\"", fragment.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("#sourdough", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("#coffee", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_groups_says_what_to_do_next()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId, "Empty Co");

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync($"{ListUrl}?clientId={client}");

        Assert.Contains("has no hashtag groups yet", page.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".empty-state a[href='/Composer/HashtagGroups/Create?clientId={client}']"));
    }

    [Fact]
    public async Task Creating_a_group_tidies_the_hashtags_and_returns_to_the_clients_list()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);

        using var response = await http.PostFormAsync(CreateUrl(client), Fields("  Coffee basics ", "#coffee, #latte\n#coffee #Flat_White"), htmx: true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal($"{ListUrl}?clientId={client}", response.Headers.GetValues("HX-Redirect").Single());
        var group = Assert.Single(await app.GroupsOfAsync(client));
        Assert.Equal(("Coffee basics", "#coffee #latte #Flat_White", owner.AgencyId), (group.Name, group.Hashtags, group.AgencyId));
    }

    public static TheoryData<string, string, string, string> RefusedInput => new()
    {
        { "", "#coffee", "Name", "Name the group" },
        { new string('n', 101), "#coffee", "Name", "100 characters or fewer" },
        { "Coffee", "", "Hashtags", "Add at least one hashtag" },
        { "Coffee", "coffee", "Hashtags", "Each hashtag starts with #: write #coffee, not coffee." },
        { "Coffee", "#cof-fee", "Hashtags", "#cof-fee is not a hashtag Instagram links" },
        { "Coffee", string.Join(' ', Enumerable.Range(1, 31).Select(i => $"#t{i}")), "Hashtags", "at most 30 hashtags" },
    };

    [Theory]
    [MemberData(nameof(RefusedInput))]
    public async Task Refused_input_through_htmx_answers_422_with_the_message_by_its_field_and_saves_nothing(string name, string hashtags, string field, string message)
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(CreateUrl(client), Fields(name, hashtags), htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<form id=\"hashtag-group-form\"", body.Trim(), StringComparison.Ordinal);
        Assert.Contains(message, (await HtmlForms.ParseAsync(response)).FieldError(field), StringComparison.Ordinal);
        Assert.Empty(await app.GroupsOfAsync(client));
    }

    [Fact]
    public async Task Thirty_hashtags_are_accepted_and_a_name_of_100_characters_too()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);

        using var response = await app.CreateClientFor(owner.UserId).PostFormAsync(
            CreateUrl(client), Fields(new string('n', 100), string.Join(' ', Enumerable.Range(1, 30).Select(i => $"#t{i}"))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await app.GroupsOfAsync(client));
    }

    [Fact]
    public async Task A_name_the_client_already_uses_is_refused_on_the_full_page_but_another_client_may_use_it()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var other = await app.CreateClientAsync(owner.AgencyId, "Other");
        await app.AddGroupAsync(owner.AgencyId, client, "Coffee basics");
        var http = app.CreateClientFor(owner.UserId);

        using var taken = await http.PostFormAsync(CreateUrl(client), Fields("coffee BASICS", "#beans"));
        using var elsewhere = await http.PostFormAsync(CreateUrl(other), Fields("Coffee basics", "#beans"));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var page = await HtmlForms.ParseAsync(taken);
        Assert.NotNull(page.QuerySelector("html body"));
        Assert.Contains("already has a group called", page.FieldError("Name"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Editing_shows_the_group_and_saves_changes()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var group = await app.AddGroupAsync(owner.AgencyId, client, "Coffee basics", "#coffee");
        var http = app.CreateClientFor(owner.UserId);

        var form = await http.GetDocumentAsync(EditUrl(group.Id));
        using var response = await http.PostFormAsync(EditUrl(group.Id), Fields("Coffee basics", "#coffee #beans"));

        Assert.Equal("Coffee basics", form.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal("#coffee", form.GetElementById("Input_Hashtags")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("#coffee #beans", Assert.Single(await app.GroupsOfAsync(client)).Hashtags);
    }

    [Fact]
    public async Task Deleting_through_htmx_returns_the_list_fragment_and_without_htmx_redirects()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var first = await app.AddGroupAsync(owner.AgencyId, client, "First");
        var second = await app.AddGroupAsync(owner.AgencyId, client, "Second");
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync($"{ListUrl}?clientId={client}"));

        using var fragment = await http.PostWithTokenAsync(DeleteUrl(first.Id), token, [], htmx: true);
        var confirmation = await http.GetDocumentAsync(DeleteUrl(second.Id));
        using var full = await http.PostWithTokenAsync(DeleteUrl(second.Id), token, []);

        var body = await fragment.Content.ReadAsStringAsync();
        Assert.StartsWith("<section id=\"hashtag-groups\"", body.Trim(), StringComparison.Ordinal);
        Assert.Contains("Second", body, StringComparison.Ordinal);
        Assert.DoesNotContain(">First", body, StringComparison.Ordinal);
        Assert.Contains("Delete the hashtag group", confirmation.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, full.StatusCode);
        Assert.Equal($"{ListUrl}?clientId={client}", full.Headers.Location?.OriginalString);
        Assert.Empty(await app.GroupsOfAsync(client));
    }

    [Fact]
    public async Task A_viewer_sees_groups_without_edit_controls_and_gets_403_on_every_change()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.CreateClientAsync(owner.AgencyId);
        var group = await app.AddGroupAsync(owner.AgencyId, client);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var http = app.CreateClientFor(viewer.UserId);

        var list = await http.GetDocumentAsync($"{ListUrl}?clientId={client}");
        var token = HtmlForms.AntiforgeryToken(list);
        using var create = await http.GetAsync(new Uri(CreateUrl(client), UriKind.Relative));
        using var postCreate = await http.PostWithTokenAsync(CreateUrl(client), token, Fields("Sneaky", "#x"));
        using var postEdit = await http.PostWithTokenAsync(EditUrl(group.Id), token, Fields("Sneaky", "#x"));
        using var delete = await http.PostWithTokenAsync(DeleteUrl(group.Id), token, [], htmx: true);

        Assert.Contains("Coffee basics", list.QuerySelector("#hashtag-groups")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector("#hashtag-groups form"));
        Assert.All([create, postCreate, postEdit, delete], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("Coffee basics", Assert.Single(await app.GroupsOfAsync(client)).Name);
    }

    [Fact]
    public async Task A_member_restricted_to_one_client_picks_only_it_and_gets_404_for_the_others_groups()
    {
        var owner = await app.CreateAgencyAsync();
        var theirs = await app.CreateClientAsync(owner.AgencyId, "Theirs");
        var other = await app.CreateClientAsync(owner.AgencyId, "Not theirs");
        var otherGroup = await app.AddGroupAsync(owner.AgencyId, other);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [theirs]);
        var http = app.CreateClientFor(editor.UserId);

        var list = await http.GetDocumentAsync(ListUrl);
        var token = HtmlForms.AntiforgeryToken(list);

        Assert.Equal(["Theirs"], list.QuerySelectorAll("#clientId option").Select(o => o.TextContent));
        await AssertNotFoundAsync(http, token, other, otherGroup.Id);
        Assert.Single(await app.GroupsOfAsync(other));
    }

    [Fact]
    public async Task Another_agencys_client_and_group_ids_answer_404()
    {
        var owner = await app.CreateAgencyAsync();
        var stranger = await app.CreateAgencyAsync("Elsewhere Agency");
        var theirClient = await app.CreateClientAsync(stranger.AgencyId, "Not yours");
        var theirGroup = await app.AddGroupAsync(stranger.AgencyId, theirClient);
        await app.CreateClientAsync(owner.AgencyId);
        var http = app.CreateClientFor(owner.UserId);
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(ListUrl));

        await AssertNotFoundAsync(http, token, theirClient, theirGroup.Id);
        Assert.Equal("Coffee basics", Assert.Single(await app.GroupsOfAsync(theirClient)).Name);
    }

    private static async Task AssertNotFoundAsync(HttpClient http, string token, Guid clientId, Guid groupId)
    {
        using var list = await http.GetAsync(new Uri($"{ListUrl}?clientId={clientId}", UriKind.Relative));
        using var create = await http.GetAsync(new Uri(CreateUrl(clientId), UriKind.Relative));
        using var postCreate = await http.PostWithTokenAsync(CreateUrl(clientId), token, Fields("Mine now", "#x"));
        using var edit = await http.GetAsync(new Uri(EditUrl(groupId), UriKind.Relative));
        using var postEdit = await http.PostWithTokenAsync(EditUrl(groupId), token, Fields("Mine now", "#x"), htmx: true);
        using var confirm = await http.GetAsync(new Uri(DeleteUrl(groupId), UriKind.Relative));
        using var delete = await http.PostWithTokenAsync(DeleteUrl(groupId), token, [], htmx: true);

        Assert.All([list, create, postCreate, edit, postEdit, confirm, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    private static string CreateUrl(Guid clientId) => $"{ListUrl}/Create?clientId={clientId}";

    private static string EditUrl(Guid id) => $"{ListUrl}/Edit/{id}";

    private static string DeleteUrl(Guid id) => $"{ListUrl}/Delete/{id}";

    private static Dictionary<string, string> Fields(string name, string hashtags) => new() { ["Input.Name"] = name, ["Input.Hashtags"] = hashtags };
}
