using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>One post on the client's page: its preview, where it stands, and whether the client can decide on it now.</summary>
internal sealed record ClientPostView(Guid PostId, int Position, int ContentVersion, PostPreview Preview, ApprovalStatus Status, bool CanDecide, string Standing);

/// <summary>The client's approval page: whose brand, from which agency, for whom, until when, and the posts.</summary>
internal sealed record ClientApprovalView(string ClientName, string BrandColor, string AgencyName, string RecipientName, string Expires, IReadOnlyList<ClientPostView> Posts);

internal enum LinkState
{
    Unknown,
    Closed,
    Open,
}

/// <summary>What a token opens: nothing (unknown), a link that no longer works, or the page.</summary>
internal sealed record LinkLookup(LinkState State, ClientApprovalView? View = null)
{
    public static readonly LinkLookup Unknown = new(LinkState.Unknown);
    public static readonly LinkLookup Closed = new(LinkState.Closed);
}
