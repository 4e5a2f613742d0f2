using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Posts;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Approvals.Links;

/// <summary>The client's page behind a link; opening it is noted on the link, so the agency sees it was read.</summary>
internal sealed class OpenApprovalLink(ApprovalLinks links, LinkClients agencyScope, ComposerDbContext db, TimeProvider clock)
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

        var client = open.Client.Client;
        var policy = (await links.SettingsAsync(link, cancellationToken))?.Policy ?? ApprovalPolicy.None;
        var posts = await links.PostsAsync(link, cancellationToken);
        var views = await agencyScope.ActingForAsync(link.AgencyId, async services =>
        {
            var previews = services.GetRequiredService<PostPreviewBuilder>();
            var built = new List<ClientPostView>();
            foreach (var (post, index) in posts.Select((p, i) => (p, i)))
            {
                var preview = await previews.BuildAsync(post, client.Name, null, cancellationToken);

                // The link shows its own posts only: not the account's other posts in the grid preview.
                built.Add(new ClientPostView(
                    post.Id, index + 1, post.ContentVersion, preview with { Grid = preview.Grid.Where(t => t.IsThisPost).ToList() }, post.Status,
                    ClientDecisions.CanDecide(post), ClientDecisions.Standing(post, policy, client.TimeZoneId)));
            }

            return built;
        });

        return new LinkLookup(LinkState.Open, new ClientApprovalView(
            client.Name, client.BrandColor, open.Client.AgencyName, link.RecipientName, ClientClock.DateAndTime(link.ExpiresAtUtc, client.TimeZoneId), views));
    }
}
