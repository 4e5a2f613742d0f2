using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Posts;

public sealed class PostAccessTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task A_viewer_sees_posts_but_cannot_create_edit_duplicate_or_delete()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        var viewer = await app.AddMemberAsync(studio.Owner.AgencyId, AgencyRole.Viewer);
        var http = app.CreateClientFor(viewer.UserId);

        var page = await http.GetDocumentAsync(PostTestKit.EditUrl(postId));
        Assert.True(page.QuerySelector("#post-form fieldset")!.HasAttribute("disabled"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(PostTestKit.ListUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(PostTestKit.NewUrl)).StatusCode);

        var token = HtmlForms.AntiforgeryToken(page);
        using var save = await http.PostWithTokenAsync(PostTestKit.SaveUrl(postId), token, [new("Input.Version", "1"), new("Input.Caption", "Viewer was here")], htmx: true);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        using var duplicate = await http.PostWithTokenAsync($"{PostTestKit.EditUrl(postId)}?handler=Duplicate", token, [], htmx: true);
        Assert.Equal(HttpStatusCode.Forbidden, duplicate.StatusCode);
        using var delete = await http.PostWithTokenAsync(PostTestKit.DeleteUrl(postId), token, []);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.True(await app.PostExistsAsync(postId));
        Assert.Equal(string.Empty, (await app.LoadPostAsync(postId)).Caption);
    }

    [Fact]
    public async Task A_restricted_member_sees_only_the_posts_of_their_clients()
    {
        var studio = await app.CreateStudioAsync();
        var otherClient = await app.CreateClientAsync(studio.Owner.AgencyId, "Other brand");
        var otherAccount = await app.AddLinkedAccountAsync(studio.Owner.AgencyId, otherClient, "otherbrand");
        var hidden = await studio.Http.CreatePostAsync(otherClient, PostFormat.FeedImage, otherAccount);
        var visible = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        var editor = await app.AddMemberAsync(studio.Owner.AgencyId, AgencyRole.Editor, onlyClients: [studio.ClientId]);
        var http = app.CreateClientFor(editor.UserId);

        var list = await http.GetDocumentAsync(PostTestKit.ListUrl);
        var links = list.QuerySelectorAll("#post-list tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([PostTestKit.EditUrl(visible)], links);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(PostTestKit.EditUrl(hidden))).StatusCode);

        var token = HtmlForms.AntiforgeryToken(list);
        using var save = await http.PostWithTokenAsync(PostTestKit.SaveUrl(hidden), token, [new("Input.Version", "1"), new("Input.Caption", "No")], htmx: true);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
        using var create = await http.PostFormAsync(PostTestKit.NewUrl,
            [new("ClientId", otherClient.ToString()), new("Format", "FeedImage"), new("AccountIds", otherAccount.ToString())]);
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Contains("Choose a client.", await create.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_agencys_post_ids_answer_404_on_every_route()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        var stranger = await app.CreateStudioAsync();
        var http = stranger.Http;
        var token = HtmlForms.AntiforgeryToken(await http.GetDocumentAsync(PostTestKit.ListUrl));

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(PostTestKit.EditUrl(postId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{PostTestKit.EditUrl(postId)}?handler=History")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(PostTestKit.DeleteUrl(postId))).StatusCode);
        foreach (var url in new[] { PostTestKit.SaveUrl(postId), PostTestKit.LiveUrl(postId), $"{PostTestKit.EditUrl(postId)}?handler=Duplicate", PostTestKit.DeleteUrl(postId) })
        {
            using var response = await http.PostWithTokenAsync(url, token, [new("Input.Version", "1"), new("Input.Caption", "Stranger")], htmx: true);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.True(await app.PostExistsAsync(postId));
        Assert.Equal(string.Empty, (await app.LoadPostAsync(postId)).Caption);
    }
}
