using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Domain;
using Cadence.Composer.Tests.Approvals;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Publishing;

public sealed class PostCatalogTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Approved_posts_are_listed_for_scheduling_with_a_signed_thumbnail_and_drafts_are_not()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var approved = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: ApprovalPolicy.None, caption: "Ready to go");
        var draft = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, caption: "Still drafting");

        var cards = await CatalogAsync(new AgencyMembership(owner.AgencyId, owner.UserId, AgencyRole.Owner, null), catalog => catalog.ListApprovedAsync(clientId, CancellationToken.None));

        var card = Assert.Single(cards);
        Assert.Equal((approved.Id, "Ready to go", PublishFormat.FeedImage, true), (card.PostId, card.CaptionExcerpt, card.Format, card.IsApproved));
        Assert.Matches(@"^/media/[0-9a-f]{32}/thumbnail\.jpg\?expires=\d+&signature=", card.ThumbnailUrl);
        Assert.Equal($"/composer/posts/{approved.Id}", card.EditUrl);
        Assert.DoesNotContain(cards, c => c.PostId == draft.Id);
    }

    [Fact]
    public async Task Cards_leave_out_posts_of_another_agency_and_of_clients_a_restricted_member_cannot_see()
    {
        var owner = await app.CreateAgencyAsync();
        var mine = await app.CreateClientAsync(owner.AgencyId, "Mine");
        var theirs = await app.CreateClientAsync(owner.AgencyId, "Theirs");
        var restricted = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [mine]);
        var visible = await app.AddPostAsync(owner.AgencyId, mine, owner.UserId);
        var hidden = await app.AddPostAsync(owner.AgencyId, theirs, owner.UserId);
        var other = await app.CreateAgencyAsync("Other Agency");
        var foreign = await app.AddPostAsync(other.AgencyId, await app.CreateClientAsync(other.AgencyId), other.UserId);

        var cards = await CatalogAsync(
            new AgencyMembership(owner.AgencyId, restricted.UserId, AgencyRole.Editor, new HashSet<Guid> { mine }),
            catalog => catalog.GetAsync([visible.Id, hidden.Id, foreign.Id], CancellationToken.None));

        Assert.Equal([visible.Id], cards.Select(c => c.PostId));
    }

    private Task<IReadOnlyList<PostCard>> CatalogAsync(AgencyMembership member, Func<IPostCatalog, Task<IReadOnlyList<PostCard>>> query) =>
        app.WithScopeAsync(services =>
        {
            services.GetRequiredService<CurrentAgency>().Set(member);
            return query(services.GetRequiredService<IPostCatalog>());
        });
}
