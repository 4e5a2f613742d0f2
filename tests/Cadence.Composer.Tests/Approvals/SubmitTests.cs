using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

public sealed class SubmitTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task An_editor_submits_a_valid_draft_and_it_waits_in_review_with_a_history_line()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: false);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId);

        using var response = await app.CreateClientFor(editor.UserId).DecideAsync(post.Id, "Submit", "Ready when you are");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.InReview, saved.Status);
        var line = Assert.Single(saved.Activity, a => a.Kind == PostActivityKind.Submitted);
        Assert.Equal("Ready when you are", line.Comment);
        Assert.Equal(editor.UserId, line.ActorUserId);
        Assert.Empty(await app.OutboxAsync("PostApproved", post.Id));
    }

    [Fact]
    public async Task A_post_that_fails_validation_is_refused_with_the_validators_message_and_stays_a_draft()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, withAccount: false);

        using var response = await app.CreateClientFor(editor.UserId).DecideAsync(post.Id, "Submit", htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Contains("cannot be submitted", fragment.QuerySelector("#review-actions [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Instagram account", fragment.QuerySelector("#validation-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Draft, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task Submitting_for_a_client_that_needs_no_approval_approves_at_once_and_tells_the_scheduler()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId);

        using var response = await app.CreateClientFor(owner.UserId).DecideAsync(post.Id, "Submit", htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("needs no approval", string.Join(" ", response.Headers.GetValues("HX-Trigger")), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);
        Assert.Single(await app.OutboxAsync("PostApproved", post.Id));
    }

    [Fact]
    public async Task A_viewer_cannot_submit()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var viewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Viewer);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId);

        using var response = await app.CreateClientFor(viewer.UserId).DecideAsync(post.Id, "Submit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ApprovalStatus.Draft, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task Submitting_twice_says_why_instead_of_failing()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: new ApprovalPolicy(true, false));
        var client = app.CreateClientFor(owner.UserId);
        var page = await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));

        using var response = await client.PostWithTokenAsync(
            $"{ApprovalTestKit.ReviewUrl(post.Id)}?handler=Submit", HtmlForms.AntiforgeryToken(page), [new("Version", "1")], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Contains("only a draft or a post with changes requested can be submitted", fragment.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
