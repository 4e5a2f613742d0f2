using System.Net;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

public sealed class ApprovalTenancyTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Another_agencys_posts_clients_and_links_answer_404_and_stay_unchanged()
    {
        var theirs = await app.CreateAgencyAsync("Their Agency");
        var theirClient = await app.CreateClientAsync(theirs.AgencyId);
        var theirPost = await app.AddPostAsync(theirs.AgencyId, theirClient, theirs.UserId, submitted: true, policy: new ApprovalPolicy(true, true));
        var theirLink = await app.CreateClientFor(theirs.UserId).CreateLinkAsync(theirPost.Id);
        var theirLinkId = (await app.LinkAsync(theirLink)).Id;
        var ours = await app.CreateAgencyAsync("Our Agency");
        var ourClient = await app.CreateClientAsync(ours.AgencyId);
        var ourPost = await app.AddPostAsync(ours.AgencyId, ourClient, ours.UserId, submitted: true, policy: new ApprovalPolicy(true, true));
        var client = app.CreateClientFor(ours.UserId);
        var token = HtmlForms.AntiforgeryToken(await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(ourPost.Id)));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(ApprovalTestKit.ReviewUrl(theirPost.Id), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(ApprovalTestKit.SettingsUrl(theirClient), UriKind.Relative))).StatusCode);
        foreach (var handler in new[] { "Approve", "RequestChanges", "Submit" })
        {
            using var decided = await client.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(theirPost.Id)}?handler={handler}", token, [new("Comment", "Mine now")]);
            Assert.Equal(HttpStatusCode.NotFound, decided.StatusCode);
        }

        using var revoke = await client.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(ourPost.Id)}?handler=RevokeLink&linkId={theirLinkId}", token, []);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var settings = await client.PostWithTokenAsync(ApprovalTestKit.SettingsUrl(theirClient), token, [new("Input.RequireTeamApproval", "false")]);
        Assert.Equal(HttpStatusCode.NotFound, settings.StatusCode);

        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(theirPost.Id)).Status);
        Assert.Null((await app.LinkAsync(theirLink)).RevokedAtUtc);
    }

    [Fact]
    public async Task A_link_cannot_be_made_for_another_agencys_post()
    {
        var theirs = await app.CreateAgencyAsync("Their Agency");
        var theirClient = await app.CreateClientAsync(theirs.AgencyId);
        var theirPost = await app.AddPostAsync(theirs.AgencyId, theirClient, theirs.UserId, submitted: true, policy: new ApprovalPolicy(false, true));
        var ours = await app.CreateAgencyAsync("Our Agency");
        var ourClient = await app.CreateClientAsync(ours.AgencyId);
        var ourPost = await app.AddPostAsync(ours.AgencyId, ourClient, ours.UserId);
        var client = app.CreateClientFor(ours.UserId);
        var token = HtmlForms.AntiforgeryToken(await client.GetDocumentAsync(ApprovalTestKit.ReviewUrl(ourPost.Id)));

        using var response = await client.PostWithTokenAsync(
            $"{ApprovalTestKit.ReviewUrl(theirPost.Id)}?handler=CreateLink", token, [new("Link.RecipientName", "Mallory"), new("Link.ExpiresInDays", "14")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain((await app.PostAsync(theirPost.Id)).Activity, a => a.Kind == PostActivityKind.SentToClient);
    }
}
