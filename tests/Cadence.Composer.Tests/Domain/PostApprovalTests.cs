using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Tests.Domain;

public sealed class PostApprovalTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Editor = new(Guid.NewGuid(), "Erin Editor");
    private static readonly Actor Admin = new(Guid.NewGuid(), "Ada Admin");
    private static readonly Actor Client = new(null, "Claire (Harbour Coffee)");

    [Fact]
    public void Submitting_for_a_client_that_needs_no_approval_approves_at_once()
    {
        var post = NewPost();

        post.Submit(ApprovalPolicy.None, Editor, Now);

        Assert.Equal(ApprovalStatus.Approved, post.Status);
        Assert.IsType<PostApproved>(Assert.Single(post.PendingEvents));
    }

    [Fact]
    public void A_post_needing_team_and_client_approval_is_approved_only_after_both()
    {
        var post = NewPost();
        var policy = new ApprovalPolicy(RequireTeamApproval: true, RequireClientApproval: true);

        post.Submit(policy, Editor, Now);
        post.Approve(policy, Admin, Now);
        Assert.Equal(ApprovalStatus.InReview, post.Status);

        post.Approve(policy, Client, Now);
        Assert.Equal(ApprovalStatus.Approved, post.Status);
        Assert.Equal(
            [PostActivityKind.Submitted, PostActivityKind.Approved, PostActivityKind.ClientApproved],
            post.Activity.Select(a => a.Kind));
    }

    [Fact]
    public void Editing_approved_content_sends_it_back_to_review_and_says_so()
    {
        var post = NewPost();
        var policy = new ApprovalPolicy(RequireTeamApproval: true, RequireClientApproval: false);
        post.Submit(policy, Editor, Now);
        post.Approve(policy, Admin, Now);

        post.ContentChanged(policy, Editor, Now.AddMinutes(5), "caption");

        Assert.Equal(ApprovalStatus.InReview, post.Status);
        Assert.Null(post.TeamApprovedAtUtc);
        Assert.Equal(2, post.ContentVersion);
        Assert.Contains(post.Activity, a => a.Kind == PostActivityKind.ReturnedToReview);
        var changed = Assert.IsType<PostContentChanged>(post.PendingEvents[^1]);
        Assert.False(changed.IsApproved);
    }

    [Fact]
    public void Requesting_changes_needs_a_comment_and_reopens_the_post()
    {
        var post = NewPost();
        var policy = new ApprovalPolicy(RequireTeamApproval: false, RequireClientApproval: true);
        post.Submit(policy, Editor, Now);

        Assert.False(post.RequestChanges(Client, Now, " ").Succeeded);
        Assert.True(post.RequestChanges(Client, Now, "Use the summer photo").Succeeded);

        Assert.Equal(ApprovalStatus.ChangesRequested, post.Status);
        Assert.Equal("Use the summer photo", post.Activity[^1].Comment);
        Assert.True(post.Submit(policy, Editor, Now).Succeeded);
    }

    [Fact]
    public void A_draft_cannot_be_approved_nor_submitted_twice()
    {
        var post = NewPost();
        var policy = new ApprovalPolicy(RequireTeamApproval: true, RequireClientApproval: false);

        Assert.False(post.Approve(policy, Admin, Now).Succeeded);
        post.Submit(policy, Editor, Now);
        Assert.False(post.Submit(policy, Editor, Now).Succeeded);
    }

    private static Post NewPost() => new() { AgencyId = Guid.NewGuid(), ClientId = Guid.NewGuid(), Format = PostFormat.FeedImage };
}
