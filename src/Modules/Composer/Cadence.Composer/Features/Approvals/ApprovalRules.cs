using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Who may do what in a post's review; docs/adr/0008-who-approves-posts.md explains the choices.</summary>
internal static class ApprovalRules
{
    public static readonly Error NotAllowedToEdit = Error.Forbidden("Only Editors, Admins and Owners can submit posts or send them to the client.");

    public static readonly Error NotAllowedToDecide = Error.Forbidden("Only Admins, Owners and the client's named reviewers can approve posts or request changes, and never their own.");

    public static bool MayEdit(ICurrentAgency current, Guid clientId) =>
        current.Role is { } role && RolePermissions.Grants(role, Permission.EditContent) && current.CanAccessClient(clientId);

    /// <summary>Admins and Owners decide on any post; a named reviewer on the client's posts they did not write.</summary>
    public static bool MayDecide(ICurrentAgency current, Post post, ClientComposerSettings? settings)
    {
        if (current.UserId is not { } userId || current.Role is not { } role || !current.CanAccessClient(post.ClientId))
        {
            return false;
        }

        return RolePermissions.Grants(role, Permission.ApproveContent)
            || (settings?.ReviewerUserIds.Contains(userId) == true && !IsAuthor(post, userId));
    }

    /// <summary>Whoever created, edited or submitted the post had a hand in it.</summary>
    public static bool IsAuthor(Post post, Guid userId) =>
        post.CreatedByUserId == userId
        || post.Activity.Any(a => a.ActorUserId == userId && a.Kind is PostActivityKind.Created or PostActivityKind.Duplicated or PostActivityKind.Edited or PostActivityKind.Submitted);

    /// <summary>In review and still waiting for the team: the team's approval is required, or nothing else could complete it.</summary>
    public static bool AwaitsTeam(Post post, ApprovalPolicy policy) =>
        post.Status == ApprovalStatus.InReview && post.TeamApprovedAtUtc is null && (policy.RequireTeamApproval || !policy.RequireClientApproval);

    public static bool AwaitsClient(Post post, ApprovalPolicy policy) =>
        post.Status == ApprovalStatus.InReview && policy.RequireClientApproval && post.ClientApprovedAtUtc is null;

    public static bool CanBeSubmitted(Post post) => post.Status is ApprovalStatus.Draft or ApprovalStatus.ChangesRequested;

    public static bool CanBeSentBack(Post post) => post.Status is ApprovalStatus.InReview or ApprovalStatus.Approved;
}
