using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Approvals;

/// <summary>A history line's decision as the review page and the client read it.</summary>
internal static class ActivityKindText
{
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
