using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>What the client may still decide on a post, and how its standing reads to them.</summary>
internal static class ClientDecisions
{
    public static bool CanDecide(Post post) => post.Status == ApprovalStatus.InReview && post.ClientApprovedAtUtc is null;

    public static string Standing(Post post, ApprovalPolicy policy, string timeZoneId) => post.Status switch
    {
        ApprovalStatus.Approved => "Approved. Nothing more to do.",
        ApprovalStatus.ChangesRequested => "Changes requested. The agency is revising this post and will send it again.",
        ApprovalStatus.Draft => "The agency is still working on this post.",
        _ when post.ClientApprovedAtUtc is { } approved => $"You approved this post on {ClientClock.DateAndTime(approved, timeZoneId)}. It is waiting for the agency's own review.",
        _ => policy.RequireClientApproval ? "Waiting for your approval." : "Waiting for your approval (optional: the agency asked for your view).",
    };
}
