using System.Net;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Posts;

public sealed class PostLifecycleTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Duplicating_copies_the_content_into_a_new_draft_with_a_duplicated_entry()
    {
        var studio = await app.CreateStudioAsync();
        var image = await app.AddImageAsync(studio.Owner.AgencyId, studio.ClientId);
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Op"] = $"add:{image.Id}", ["Input.Caption"] = "Original" });
        await ApproveAsync(postId);

        using var response = await studio.Http.PostFormAsync(PostTestKit.EditUrl(postId), [], $"{PostTestKit.EditUrl(postId)}?handler=Duplicate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyId = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.NotEqual(postId, copyId);
        var copy = await app.LoadPostAsync(copyId);
        Assert.Equal((ApprovalStatus.Draft, "Original", 1), (copy.Status, copy.Caption, copy.ContentVersion));
        Assert.Equal(image.Id, Assert.Single(copy.Items).MediaAssetId);
        Assert.Equal(studio.AccountId, Assert.Single(copy.Accounts).InstagramAccountId);
        Assert.Equal(PostActivityKind.Duplicated, Assert.Single(copy.Activity).Kind);
        Assert.Equal(ApprovalStatus.Approved, (await app.LoadPostAsync(postId)).Status);
    }

    [Fact]
    public async Task Deleting_a_draft_after_confirming_removes_it_and_tells_other_modules()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.Story, studio.AccountId);
        var confirm = await studio.Http.GetDocumentAsync(PostTestKit.DeleteUrl(postId));
        Assert.Contains("Delete this story", confirm.QuerySelector("h1")!.TextContent);

        using var response = await studio.Http.PostFormAsync(PostTestKit.DeleteUrl(postId), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.PostExistsAsync(postId));
        var outbox = await app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type.Contains(nameof(PostDeleted))).ToListAsync());
        Assert.Contains(outbox, m => m.Payload.Contains(postId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_approved_post_cannot_be_deleted()
    {
        var studio = await app.CreateStudioAsync();
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await ApproveAsync(postId);

        var page = await studio.Http.GetDocumentAsync(PostTestKit.EditUrl(postId));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Delete draft");
        using var response = await studio.Http.PostFormAsync(PostTestKit.EditUrl(postId), [], PostTestKit.DeleteUrl(postId));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(await app.PostExistsAsync(postId));
    }

    [Fact]
    public async Task Editing_approved_content_sends_it_back_to_review_and_the_badge_says_so()
    {
        var studio = await app.CreateStudioAsync();
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.ClientSettings.Add(new ClientComposerSettings { ClientId = studio.ClientId, AgencyId = studio.Owner.AgencyId, RequireTeamApproval = true });
            await db.SaveChangesAsync();
        });
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await ApproveAsync(postId);

        using var response = await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "Changed after approval" });

        Assert.Equal("In review", (await response.ParseAsync()).GetElementById("post-status")!.TextContent.Trim());
        Assert.Equal(ApprovalStatus.InReview, (await app.LoadPostAsync(postId)).Status);
    }

    [Fact]
    public async Task The_history_lists_who_did_what_and_when_as_a_fragment_or_the_whole_page()
    {
        var studio = await app.CreateStudioAsync(timeZone: "Asia/Tokyo");
        var postId = await studio.Http.CreatePostAsync(studio.ClientId, PostFormat.FeedImage, studio.AccountId);
        await studio.Http.SaveAsync(postId, new Dictionary<string, string> { ["Input.Caption"] = "New", ["Input.FirstComment"] = "More below" });
        var url = $"{PostTestKit.EditUrl(postId)}?handler=History";

        var fragment = await studio.Http.GetFragmentAsync(url);

        Assert.Null(fragment.QuerySelector("title"));
        var entries = fragment.QuerySelectorAll("#history li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains("Edited", entries[0]);
        Assert.Contains("caption, first comment", entries[0]);
        Assert.Contains(studio.Owner.Email.Split('@')[0], entries[1]);
        var tokyo = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        Assert.Contains(tokyo.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), entries[1]);
        Assert.Contains("<html", await studio.Http.GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
    }

    private Task ApproveAsync(Guid postId) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            var post = await db.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == postId);
            var actor = new Actor(Guid.NewGuid(), "Reviewer");
            post.Submit(ApprovalPolicy.None, actor, app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
}
