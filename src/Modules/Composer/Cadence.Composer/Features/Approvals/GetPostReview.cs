using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Approvals.Links;
using Cadence.Composer.Features.Posts;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Approvals;

internal sealed class GetPostReview(
    ReviewPosts posts, IClientDirectory clients, IPostValidator validator, PostPreviewBuilder previews, ListApprovalLinks links, ICurrentAgency current)
{
    public async Task<PostReviewView?> HandleAsync(Guid postId, CancellationToken cancellationToken)
    {
        var post = await posts.FindAsync(postId, cancellationToken);
        var client = post is null ? null : await clients.FindAsync(post.ClientId, cancellationToken);
        if (post is null || client is null)
        {
            return null;
        }

        var settings = await posts.SettingsAsync(post.ClientId, cancellationToken);
        var policy = settings?.Policy ?? ApprovalPolicy.None;
        var mayEdit = ApprovalRules.MayEdit(current, post.ClientId);
        var mayDecide = ApprovalRules.MayDecide(current, post, settings);
        var canApprove = mayDecide && ApprovalRules.AwaitsTeam(post, policy);
        return new PostReviewView(
            post,
            client,
            policy,
            await previews.BuildAsync(post, client.Name, null, cancellationToken),
            await validator.ValidateAsync(post, cancellationToken),
            ActivityLine.From(post.Activity, client.TimeZoneId),
            await links.ForPostAsync(post.Id, client.TimeZoneId, cancellationToken),
            mayEdit && ApprovalRules.CanBeSubmitted(post),
            canApprove,
            mayDecide && ApprovalRules.CanBeSentBack(post),
            mayEdit && post.Status == ApprovalStatus.InReview && post.ClientApprovedAtUtc is null,
            NextStep(post, policy, canApprove, mayEdit));
    }

    private string NextStep(Post post, ApprovalPolicy policy, bool canApprove, bool mayEdit) => post.Status switch
    {
        ApprovalStatus.Draft => mayEdit ? "This post is a draft. Submit it for review when it is ready." : "This post is a draft.",
        ApprovalStatus.ChangesRequested => "Changes were requested. Edit the post, then submit it again.",
        ApprovalStatus.Approved => "Approved: every approval this client requires is in. Editing the post sends it back to review.",
        _ => string.Join(" ", WaitingFor(post, policy, canApprove)),
    };

    private IEnumerable<string> WaitingFor(Post post, ApprovalPolicy policy, bool canApprove)
    {
        if (ApprovalRules.AwaitsTeam(post, policy))
        {
            yield return canApprove ? "Waiting for your approval." : "Waiting for approval by an Admin, Owner or named reviewer.";
            if (!canApprove && current.UserId is { } userId && ApprovalRules.IsAuthor(post, userId))
            {
                yield return "You worked on this post, so someone else approves it.";
            }
        }

        if (ApprovalRules.AwaitsClient(post, policy))
        {
            yield return "Waiting for the client's approval: send them a link below.";
        }
    }
}
