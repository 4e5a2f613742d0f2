using Cadence.Composer.Features.Approvals.Links;

namespace Cadence.Composer.Areas.Composer.Pages.ClientApproval;

/// <summary>One post on the client's page with what the last attempt to decide on it said.</summary>
internal sealed record ClientPostCard(string Token, ClientPostView Post, int Total, string? Problem = null, string? Comment = null)
{
    public string Id => $"client-post-{Post.PostId:N}";
}
