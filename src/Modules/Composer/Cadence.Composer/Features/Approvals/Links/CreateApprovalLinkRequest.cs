namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>A link for one or more posts in review of one client, to the person named.</summary>
internal sealed record CreateApprovalLinkRequest(IReadOnlyCollection<Guid> PostIds, string? RecipientName, string? RecipientEmail, int ExpiresInDays)
{
    public const int MinDays = 1;
    public const int MaxDays = 30;
    public const int DefaultDays = 14;
}

/// <summary>The link with its secret, shown once to whoever made it.</summary>
internal sealed record ApprovalLinkCreated(string Url, string RecipientName, string? EmailedTo, string Expires);
