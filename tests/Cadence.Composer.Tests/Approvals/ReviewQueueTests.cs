using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

public sealed class ReviewQueueTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    private static readonly ApprovalPolicy TeamOnly = new(RequireTeamApproval: true, RequireClientApproval: false);

    [Fact]
    public async Task The_queue_lists_posts_in_review_the_member_may_approve_oldest_first()
    {
        var owner = await app.CreateAgencyAsync();
        var coffee = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var bakery = await app.CreateClientAsync(owner.AgencyId, "Crumb Bakery");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.SetApprovalAsync(owner.AgencyId, coffee, team: true, client: false);
        await app.SetApprovalAsync(owner.AgencyId, bakery, team: false, client: true);
        var older = await app.AddPostAsync(owner.AgencyId, coffee, editor.UserId, submitted: true, policy: TeamOnly);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var newer = await app.AddPostAsync(owner.AgencyId, coffee, editor.UserId, submitted: true, policy: TeamOnly);
        var withClient = await app.AddPostAsync(owner.AgencyId, bakery, editor.UserId, submitted: true, policy: new ApprovalPolicy(false, true));
        var draft = await app.AddPostAsync(owner.AgencyId, coffee, editor.UserId);

        var page = await app.CreateClientFor(owner.UserId).GetDocumentAsync("/composer/review");

        var toApprove = page.QuerySelectorAll("section[aria-labelledby=to-approve-heading] tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([ApprovalTestKit.ReviewUrl(older.Id), ApprovalTestKit.ReviewUrl(newer.Id)], toApprove);
        var waiting = page.QuerySelectorAll("section[aria-labelledby=with-client-heading] tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([ApprovalTestKit.ReviewUrl(withClient.Id)], waiting);
        Assert.DoesNotContain(ApprovalTestKit.ReviewUrl(draft.Id), page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_editor_has_nothing_to_approve_and_is_told_what_comes_next()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: TeamOnly);

        var page = await app.CreateClientFor(editor.UserId).GetDocumentAsync("/composer/review");

        Assert.Contains("Nothing is waiting for your approval", page.QuerySelector("section[aria-labelledby=to-approve-heading]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_reviewer_sees_only_the_clients_they_may_see()
    {
        var owner = await app.CreateAgencyAsync();
        var visible = await app.CreateClientAsync(owner.AgencyId, "Visible Client");
        var hidden = await app.CreateClientAsync(owner.AgencyId, "Hidden Client");
        var reviewer = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor, onlyClients: [visible]);
        await app.SetApprovalAsync(owner.AgencyId, visible, team: true, client: false, reviewer.UserId);
        await app.SetApprovalAsync(owner.AgencyId, hidden, team: true, client: false, reviewer.UserId);
        var shown = await app.AddPostAsync(owner.AgencyId, visible, owner.UserId, submitted: true, policy: TeamOnly);
        await app.AddPostAsync(owner.AgencyId, hidden, owner.UserId, submitted: true, policy: TeamOnly);

        var page = await app.CreateClientFor(reviewer.UserId).GetDocumentAsync("/composer/review");

        var links = page.QuerySelectorAll("section[aria-labelledby=to-approve-heading] tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([ApprovalTestKit.ReviewUrl(shown.Id)], links);
        Assert.DoesNotContain("Hidden Client", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
