using Cadence.Composer.Features.Approvals.Links;

namespace Cadence.Composer.Areas.Composer.Pages.Review;

/// <summary>The form that makes a client approval link; the use case checks it.</summary>
internal sealed class LinkInput
{
    public string? RecipientName { get; set; }

    public string? RecipientEmail { get; set; }

    public int ExpiresInDays { get; set; } = CreateApprovalLinkRequest.DefaultDays;

    public CreateApprovalLinkRequest ToRequest(IReadOnlyCollection<Guid> postIds) => new(postIds, RecipientName, RecipientEmail, ExpiresInDays);
}
