using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals;

internal static class ApprovalStatusText
{
    public static string Of(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "Draft",
        ApprovalStatus.InReview => "In review",
        ApprovalStatus.Approved => "Approved",
        _ => "Changes requested",
    };

    /// <summary>The badge class the layout's stylesheet colours.</summary>
    public static string CssClass(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "status status-ok",
        ApprovalStatus.InReview => "status status-warn",
        ApprovalStatus.ChangesRequested => "status status-bad",
        _ => "status status-off",
    };

    public static string Of(PostActivityKind kind) => kind switch
    {
        PostActivityKind.Created => "Created",
        PostActivityKind.Edited => "Edited",
        PostActivityKind.Duplicated => "Duplicated",
        PostActivityKind.Submitted => "Submitted for review",
        PostActivityKind.Approved => "Approved",
        PostActivityKind.ChangesRequested => "Requested changes",
        PostActivityKind.ReturnedToReview => "Back in review after an edit",
        PostActivityKind.ClientApproved => "Approved",
        PostActivityKind.ClientRequestedChanges => "Requested changes",
        _ => "Sent to the client",
    };
}
