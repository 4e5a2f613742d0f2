namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>An open client link as the agency sees it; never its secret, which only its creator saw, once.</summary>
internal sealed record ApprovalLinkLine(Guid Id, string RecipientName, string? RecipientEmail, string Expires, string? LastOpened, int PostCount);
