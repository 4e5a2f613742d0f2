using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Approvals;

public sealed class ContentChangeTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Editing_approved_content_sends_it_back_to_review_and_the_review_page_and_client_link_show_it()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: false, client: true);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: new ApprovalPolicy(false, true));
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();
        (await visitor.ClientDecidesAsync(link, post.Id, "Approve")).Dispose();
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            var tracked = await db.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == post.Id);
            tracked.Caption = "Autumn blend is back, now with oat milk";
            tracked.ContentChanged(new ApprovalPolicy(false, true), new Actor(editor.UserId, "Erin Editor"), app.Clock.GetUtcNow().UtcDateTime, "caption");
            await db.SaveChangesAsync();
        });

        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.InReview, saved.Status);
        Assert.Equal(2, saved.ContentVersion);
        Assert.Contains(saved.Activity, a => a.Kind == PostActivityKind.ReturnedToReview && a.ActorUserId == editor.UserId);
        Assert.Contains(await app.OutboxAsync("PostContentChanged", post.Id), m => m.Payload.Contains("\"IsApproved\":false", StringComparison.Ordinal));

        var review = await app.CreateClientFor(owner.UserId).GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        Assert.Equal("In review", review.QuerySelector("#post-status strong")!.TextContent.Trim());
        Assert.Contains("Back in review after an edit", review.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);

        var clientPage = await visitor.GetDocumentAsync(link);
        var article = clientPage.QuerySelector($"#client-post-{post.Id:N}")!;
        Assert.Contains("now with oat milk", article.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", article.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        using var again = await visitor.ClientDecidesAsync(link, post.Id, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);
        Assert.Equal(2, (await app.OutboxAsync("PostApproved", post.Id)).Count);
    }

    [Fact]
    public async Task A_client_decision_on_a_version_the_agency_has_since_changed_is_refused()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: false, client: true);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: new ApprovalPolicy(false, true));
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();
        var page = await visitor.GetDocumentAsync(link);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            var tracked = await db.Posts.IgnoreQueryFilters().SingleAsync(p => p.Id == post.Id);
            tracked.ContentChanged(new ApprovalPolicy(false, true), new Actor(owner.UserId, "Olive Owner"), app.Clock.GetUtcNow().UtcDateTime, "caption");
            await db.SaveChangesAsync();
        });

        using var response = await visitor.PostWithTokenAsync(
            $"{link}?handler=Approve", HtmlForms.AntiforgeryToken(page), [new("PostId", post.Id.ToString()), new("Version", "1")], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("changed this post since you opened the page", (await HtmlForms.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);
    }
}
