using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

public sealed class DecisionTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    private static readonly ApprovalPolicy TeamOnly = new(RequireTeamApproval: true, RequireClientApproval: false);

    [Fact]
    public async Task An_admin_approves_with_a_comment_and_the_post_is_approved_with_its_event_in_the_outbox()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        var admin = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Admin);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);

        using var response = await app.CreateClientFor(admin.UserId).DecideAsync(post.Id, "Approve", "Lovely", htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("Approved", fragment.QuerySelector("#post-status strong")!.TextContent.Trim());
        Assert.Contains("Lovely", fragment.QuerySelector("#history")!.TextContent, StringComparison.Ordinal);
        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.Approved, saved.Status);
        Assert.Equal(admin.UserId, Assert.Single(saved.Activity, a => a.Kind == PostActivityKind.Approved).ActorUserId);
        Assert.Single(await app.OutboxAsync("PostApproved", post.Id));
    }

    [Fact]
    public async Task Requesting_changes_needs_a_comment_and_then_sends_the_post_back()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);
        var client = app.CreateClientFor(owner.UserId);

        using var refused = await client.DecideAsync(post.Id, "RequestChanges", "  ", htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var fragment = await HtmlForms.ParseAsync(refused);
        Assert.Contains("Say what should change", fragment.QuerySelector("#review-actions .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", fragment.QuerySelector("textarea[name=Comment]")!.GetAttribute("aria-invalid"));
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);

        using var accepted = await client.DecideAsync(post.Id, "RequestChanges", "Use the summer photo");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.ChangesRequested, saved.Status);
        Assert.Equal("Use the summer photo", Assert.Single(saved.Activity, a => a.Kind == PostActivityKind.ChangesRequested).Comment);
        Assert.Empty(await app.OutboxAsync("PostApproved", post.Id));
    }

    [Fact]
    public async Task A_named_reviewer_who_is_an_editor_may_approve_the_clients_posts()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        var reviewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: false, reviewer.UserId);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);

        using var response = await app.CreateClientFor(reviewer.UserId).DecideAsync(post.Id, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task A_plain_editor_is_refused_with_403_and_sees_no_approve_button()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: false);
        var other = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, other.UserId, submitted: true, policy: TeamOnly);
        var client = app.CreateClientFor(editor.UserId);

        var page = await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        using var approve = await client.DecideAsync(post.Id, "Approve");
        using var requestChanges = await client.DecideAsync(post.Id, "RequestChanges", "No");

        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.Trim() is "Approve" or "Request changes");
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, requestChanges.StatusCode);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task A_named_reviewer_cannot_approve_a_post_they_wrote_but_an_admin_can_approve_their_own()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: false, editor.UserId);
        var editorsPost = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);
        var ownersPost = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: TeamOnly);

        var page = await app.CreateClientFor(editor.UserId).GetDocumentAsync(ApprovalTestKit.ReviewUrl(editorsPost.Id));
        using var own = await app.CreateClientFor(editor.UserId).DecideAsync(editorsPost.Id, "Approve");
        using var admins = await app.CreateClientFor(owner.UserId).DecideAsync(ownersPost.Id, "Approve");

        Assert.Contains("someone else approves it", page.QuerySelector("#next-step")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(editorsPost.Id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, admins.StatusCode);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(ownersPost.Id)).Status);
    }

    [Fact]
    public async Task Approving_a_draft_or_a_post_changed_since_it_was_opened_is_refused_with_a_message()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        var draft = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId);
        var inReview = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);
        var client = app.CreateClientFor(owner.UserId);
        var page = await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(inReview.Id));

        using var onDraft = await client.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(draft.Id)}?handler=Approve", HtmlForms.AntiforgeryToken(page), [new("Version", "1")], htmx: true);
        using var stale = await client.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(inReview.Id)}?handler=Approve", HtmlForms.AntiforgeryToken(page), [new("Version", "0")], htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, onDraft.StatusCode);
        Assert.Contains("Only a post in review can be approved", (await HtmlForms.ParseAsync(onDraft)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        Assert.Contains("changed since you opened it", (await HtmlForms.ParseAsync(stale)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(inReview.Id)).Status);
    }

    [Fact]
    public async Task The_review_page_comes_as_a_fragment_for_htmx_and_as_a_whole_page_otherwise()
    {
        var (owner, clientId, editor) = await ArrangeAsync();
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId, submitted: true, policy: TeamOnly);
        var client = app.CreateClientFor(owner.UserId);

        var fragment = await client.GetFragmentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        var page = await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));

        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("review", fragment.Body!.FirstElementChild!.Id);
        Assert.Contains("<html", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("main #review #history"));
        Assert.Contains("/media/", page.QuerySelector("#review img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("In review", page.QuerySelector("#post-status strong")!.TextContent.Trim());
    }

    private async Task<(TestMember Owner, Guid ClientId, TestMember Editor)> ArrangeAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        return (owner, clientId, editor);
    }
}
