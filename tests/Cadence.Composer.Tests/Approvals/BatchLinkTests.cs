using System.Net;
using AngleSharp.Html.Dom;
using Cadence.Composer.Domain;
using Cadence.Testing;

namespace Cadence.Composer.Tests.Approvals;

public sealed class BatchLinkTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    private static readonly ApprovalPolicy ClientOnly = new(RequireTeamApproval: false, RequireClientApproval: true);

    [Fact]
    public async Task Several_posts_of_one_client_go_in_one_link_and_the_client_decides_each()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: false, client: true);
        var first = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: ClientOnly, caption: "First post");
        var second = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: ClientOnly, caption: "Second post");
        var draft = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, caption: "A draft");
        var member = app.CreateClientFor(owner.UserId);
        var url = $"/composer/clients/{clientId}/approval-links";

        var page = await member.GetDocumentAsync(url);
        Assert.Equal([first.Id.ToString(), second.Id.ToString()], page.QuerySelectorAll("input[name=PostIds]").Select(i => i.GetAttribute("value")));
        using var response = await member.PostWithTokenAsync($"{url}?handler=CreateLink", HtmlForms.AntiforgeryToken(page),
            [new("PostIds", first.Id.ToString()), new("PostIds", second.Id.ToString()), new("Link.RecipientName", "Claire"), new("Link.ExpiresInDays", "7")], htmx: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Equal("approval-links", fragment.Body!.FirstElementChild!.Id);
        var link = new Uri(((IHtmlInputElement)fragment.QuerySelector("#created-link-url")!).Value).PathAndQuery;
        Assert.Contains("Claire", fragment.QuerySelector("section[aria-labelledby=open-links-heading] tbody")!.TextContent, StringComparison.Ordinal);

        var visitor = app.CreateAnonymousClient();
        var clientPage = await visitor.GetDocumentAsync(link);
        Assert.Equal(2, clientPage.QuerySelectorAll("article[id^=client-post-]").Length);
        Assert.DoesNotContain("A draft", clientPage.Body!.TextContent, StringComparison.Ordinal);
        (await visitor.ClientDecidesAsync(link, second.Id, "Approve")).Dispose();

        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(first.Id)).Status);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(second.Id)).Status);
        Assert.Equal(ApprovalStatus.Draft, (await app.PostAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task A_link_refuses_posts_of_two_clients_or_posts_not_in_review()
    {
        var owner = await app.CreateAgencyAsync();
        var coffee = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        var bakery = await app.CreateClientAsync(owner.AgencyId, "Crumb Bakery");
        var one = await app.AddPostAsync(owner.AgencyId, coffee, owner.UserId, submitted: true, policy: ClientOnly);
        var other = await app.AddPostAsync(owner.AgencyId, bakery, owner.UserId, submitted: true, policy: ClientOnly);
        var draft = await app.AddPostAsync(owner.AgencyId, coffee, owner.UserId);
        var member = app.CreateClientFor(owner.UserId);
        var url = $"/composer/clients/{coffee}/approval-links";
        var token = HtmlForms.AntiforgeryToken(await member.GetDocumentAsync(url));

        using var mixed = await member.PostWithTokenAsync($"{url}?handler=CreateLink", token,
            [new("PostIds", one.Id.ToString()), new("PostIds", other.Id.ToString()), new("Link.RecipientName", "Claire"), new("Link.ExpiresInDays", "7")], htmx: true);
        using var notInReview = await member.PostWithTokenAsync($"{url}?handler=CreateLink", token,
            [new("PostIds", draft.Id.ToString()), new("Link.RecipientName", "Claire"), new("Link.ExpiresInDays", "7")], htmx: true);
        using var none = await member.PostWithTokenAsync($"{url}?handler=CreateLink", token,
            [new("Link.RecipientName", "Claire"), new("Link.ExpiresInDays", "7")], htmx: true);

        Assert.Contains("one client only", (await HtmlForms.ParseAsync(mixed)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Only posts in review", (await HtmlForms.ParseAsync(notInReview)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("at least one post", (await HtmlForms.ParseAsync(none)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.All([mixed, notInReview, none], r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        Assert.DoesNotContain((await app.PostAsync(one.Id)).Activity, a => a.Kind == PostActivityKind.SentToClient);
    }
}
