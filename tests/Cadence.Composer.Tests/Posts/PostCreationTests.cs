using System.Net;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Posts;

public sealed class PostCreationTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Creating_a_post_makes_a_draft_for_the_chosen_accounts_and_opens_the_editor()
    {
        var studio = await app.CreateStudioAsync();

        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Carousel, studio.AccountId);

        var post = await app.LoadPostAsync(postId);
        Assert.Equal(ApprovalStatus.Draft, post.Status);
        Assert.Equal(PostFormat.Carousel, post.Format);
        Assert.Equal(studio.AccountId, Assert.Single(post.Accounts).InstagramAccountId);
        var created = Assert.Single(post.Activity);
        Assert.Equal(PostActivityKind.Created, created.Kind);
        Assert.Equal(studio.Owner.Email.Split('@')[0], created.ActorName);
        var editor = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(postId));
        Assert.Equal("Draft", editor.GetElementById("post-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_account_that_cannot_publish_is_shown_disabled_with_why_and_refused()
    {
        var studio = await app.CreateStudioAsync();
        var readOnly = await app.AddLinkedAccountAsync(studio.Owner.AgencyId, studio.ClientId, "readonlyacct", canPublish: false);

        var page = await studio.Http.GetDocumentAsync($"{PostTestKit.NewUrl}?clientId={studio.ClientId}");
        var box = page.GetElementById($"account-{readOnly:N}")!;
        Assert.True(box.HasAttribute("disabled"));
        Assert.Contains("without permission to publish", box.ParentElement!.TextContent);

        using var response = await studio.Http.PostFormAsync(PostTestKit.NewUrl,
            [new("ClientId", studio.ClientId.ToString()), new("Format", "Reel"), new("AccountIds", readOnly.ToString())]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose accounts of this client that can publish.", (await response.ParseAsync()).GetElementById("AccountIds-error")!.TextContent);
    }

    [Fact]
    public async Task Choosing_a_client_swaps_in_its_accounts_as_a_fragment_or_the_whole_page()
    {
        var studio = await app.CreateStudioAsync();
        var url = $"{PostTestKit.NewUrl}?handler=Accounts&clientId={studio.ClientId}";

        var fragment = await studio.Http.GetFragmentAsync(url);
        Assert.Null(fragment.QuerySelector("html > head > title"));
        Assert.NotNull(fragment.GetElementById($"account-{studio.AccountId:N}"));
        Assert.Contains("<html", (await studio.Http.GetStringAsync(url)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_list_shows_posts_newest_first_filtered_by_client_and_status_with_an_empty_state()
    {
        var studio = await app.CreateStudioAsync();
        var empty = await studio.Http.GetDocumentAsync(PostTestKit.ListUrl);
        Assert.Contains("Create your first post", empty.GetElementById("post-list")!.TextContent);

        var first = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Reel, studio.AccountId);

        var list = await studio.Http.GetDocumentAsync(PostTestKit.ListUrl);
        var links = list.QuerySelectorAll("#post-list tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([PostTestKit.EditUrl(second), PostTestKit.EditUrl(first)], links);
        Assert.Contains("@bluebottle", list.GetElementById("post-list")!.TextContent);

        var approved = await studio.Http.GetFragmentAsync($"{PostTestKit.ListUrl}?clientId={studio.ClientId}&status=Approved");
        Assert.Contains("No posts match these filters.", approved.GetElementById("post-list")!.TextContent);
        var drafts = await studio.Http.GetFragmentAsync($"{PostTestKit.ListUrl}?clientId={studio.ClientId}&status=Draft");
        Assert.Equal(2, drafts.QuerySelectorAll("#post-list tbody tr").Length);
    }
}
