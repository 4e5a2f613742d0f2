using Cadence.Composer.Domain;
using Cadence.Composer.Tests.Posts;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

/// <summary>The editor links an approved post to the Scheduler's page for it (by address: the Composer does not reference the Scheduler).</summary>
public sealed class ScheduleLinkTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    [Fact]
    public async Task Only_an_approved_post_offers_schedule_linking_to_its_scheduler_page()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId);
        var browser = app.CreateClientFor(owner.UserId);

        var draft = await browser.GetDocumentAsync(PostTestKit.EditUrl(post.Id));
        using var submitted = await browser.DecideAsync(post.Id, "Submit", htmx: true);
        var approved = await browser.GetDocumentAsync(PostTestKit.EditUrl(post.Id));

        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);
        Assert.DoesNotContain(draft.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Schedule");
        var link = Assert.Single(approved.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Schedule");
        Assert.Equal($"/scheduler/posts/{post.Id}", link.GetAttribute("href"));
    }
}
