using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Approvals.Preview;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>The client's page behind a link; opening it is noted on the link, so the agency sees it was read.</summary>
internal sealed class OpenApprovalLink(ApprovalLinks links, ReviewPreviewBuilder previews, ComposerDbContext db, TimeProvider clock)
{
    public async Task<LinkLookup> HandleAsync(string? token, bool recordOpening, CancellationToken cancellationToken)
    {
        var (state, open) = await links.FindAsync(token, cancellationToken);
        if (open is null)
        {
            return state == LinkState.Closed ? LinkLookup.Closed : LinkLookup.Unknown;
        }

        var link = open.Link;
        if (recordOpening)
        {
            link.LastOpenedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        var policy = (await links.SettingsAsync(link, cancellationToken))?.Policy ?? ApprovalPolicy.None;
        var posts = await links.PostsAsync(link, cancellationToken);
        var views = new List<ClientPostView>();
        foreach (var (post, index) in posts.Select((p, i) => (p, i)))
        {
            views.Add(new ClientPostView(
                post.Id, index + 1, post.ContentVersion, await previews.BuildAsync(post, cancellationToken), post.Status,
                ClientDecisions.CanDecide(post), ClientDecisions.Standing(post, policy, open.Client.Client.TimeZoneId)));
        }

        var client = open.Client.Client;
        return new LinkLookup(LinkState.Open, new ClientApprovalView(
            client.Name, client.BrandColor, open.Client.AgencyName, link.RecipientName, ClientTime.Format(link.ExpiresAtUtc, client.TimeZoneId), views));
    }
}
