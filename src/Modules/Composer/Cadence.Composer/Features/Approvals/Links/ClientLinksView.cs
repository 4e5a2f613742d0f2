using Cadence.Accounts.Contracts.Clients;

namespace Cadence.Composer.Features.Approvals.Links;

internal sealed record PostForLink(Guid PostId, string Label, string CaptionStart, string Submitted);

/// <summary>A client's posts in review that could go to the client together, and its open links.</summary>
internal sealed record ClientLinksView(ClientSummary Client, IReadOnlyList<PostForLink> InReview, IReadOnlyList<ApprovalLinkLine> Links);
