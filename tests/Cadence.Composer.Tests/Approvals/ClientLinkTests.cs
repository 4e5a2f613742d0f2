using System.Net;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Domain;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Approvals;

public sealed class ClientLinkTests(ComposerAppFactory app) : IClassFixture<ComposerAppFactory>
{
    private static readonly ApprovalPolicy ClientOnly = new(RequireTeamApproval: false, RequireClientApproval: true);

    [Fact]
    public async Task Team_then_client_approval_ends_approved_with_one_event_and_the_agency_sees_who_approved_when()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee", "America/New_York");
        var editor = await app.AddMemberAsync(owner.AgencyId, AgencyRole.Editor);
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: true, client: true);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, editor.UserId);
        var editorClient = app.CreateClientFor(editor.UserId);

        (await editorClient.DecideAsync(post.Id, "Submit")).Dispose();
        (await app.CreateClientFor(owner.UserId).DecideAsync(post.Id, "Approve")).Dispose();
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);
        Assert.Empty(await app.OutboxAsync("PostApproved", post.Id));

        var link = await editorClient.CreateLinkAsync(post.Id, "Claire");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var newYork = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        using var decided = await app.CreateAnonymousClient().ClientDecidesAsync(link, post.Id, "Approve", "Looks great");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.Approved, saved.Status);
        var approval = Assert.Single(saved.Activity, a => a.Kind == PostActivityKind.ClientApproved);
        Assert.Null(approval.ActorUserId);
        Assert.Equal("Claire (client)", approval.ActorName);
        Assert.Single(await app.OutboxAsync("PostApproved", post.Id));

        var review = await editorClient.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        var row = review.QuerySelectorAll("#history tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
            .Single(cells => cells[1] == "Claire (client)");
        Assert.Equal(newYork.ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture), row[0]);
        Assert.Equal(-5, newYork.Offset.Hours);
        Assert.Equal("Approved", row[2]);
        Assert.Equal("Looks great", row[3]);
        Assert.Equal("Client link", row[4]);
    }

    [Fact]
    public async Task The_client_page_opens_without_sign_in_shows_the_brand_and_preview_with_a_form_token_and_notes_the_opening()
    {
        var (owner, clientId, post) = await ArrangeAsync();
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await app.CreateAnonymousClient().GetDocumentAsync(link);

        Assert.Contains("Harbour Coffee", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var article = page.QuerySelector($"#client-post-{post.Id:N}")!;
        Assert.Contains("/media/", article.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("Autumn blend is back", article.TextContent, StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal(["Approve", "Request changes"], article.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, (await app.LinkAsync(link)).LastOpenedAtUtc);
        Assert.Contains("Northwind Social", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_requests_changes_with_a_comment_and_a_missing_comment_is_explained()
    {
        var (owner, _, post) = await ArrangeAsync();
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();

        using var refused = await visitor.ClientDecidesAsync(link, post.Id, "RequestChanges", htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var card = await HtmlForms.ParseAsync(refused);
        Assert.Contains("Say what should change", card.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        using var accepted = await visitor.ClientDecidesAsync(link, post.Id, "RequestChanges", "Warmer colours please", htmx: true);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var fragment = await HtmlForms.ParseAsync(accepted);
        Assert.DoesNotContain("<html", fragment.Source.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"client-post-{post.Id:N}", fragment.Body!.FirstElementChild!.Id);
        Assert.Null(fragment.QuerySelector("form"));
        var saved = await app.PostAsync(post.Id);
        Assert.Equal(ApprovalStatus.ChangesRequested, saved.Status);
        var line = Assert.Single(saved.Activity, a => a.Kind == PostActivityKind.ClientRequestedChanges);
        Assert.Equal(("Claire (client)", "Warmer colours please"), (line.ActorName, line.Comment));
    }

    [Fact]
    public async Task An_expired_or_revoked_link_answers_410_and_an_unknown_or_tampered_one_404_without_details()
    {
        var (owner, _, post) = await ArrangeAsync();
        var member = app.CreateClientFor(owner.UserId);
        var expiring = await member.CreateLinkAsync(post.Id, "Claire", days: 1);
        var revoked = await member.CreateLinkAsync(post.Id, "Bob");
        var reviewPage = await member.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        var revokeId = (await app.LinkAsync(revoked)).Id;
        (await member.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(post.Id)}?handler=RevokeLink&linkId={revokeId}", HtmlForms.AntiforgeryToken(reviewPage), [])).Dispose();
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var visitor = app.CreateAnonymousClient();

        foreach (var (path, status) in new[]
                 {
                     (expiring, HttpStatusCode.Gone),
                     (revoked, HttpStatusCode.Gone),
                     (revoked[..^2] + (revoked[^2..] == "AA" ? "BB" : "AA"), HttpStatusCode.NotFound),
                     ("/approve/not-a-real-token", HttpStatusCode.NotFound),
                 })
        {
            using var response = await visitor.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, response.StatusCode);
            Assert.Contains("This link no longer works", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Harbour Coffee", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Autumn blend", html, StringComparison.Ordinal);
        }

        var page = await member.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        Assert.Contains("No open client links", page.QuerySelector("#client-links")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task A_decision_through_a_revoked_link_is_refused()
    {
        var (owner, _, post) = await ArrangeAsync();
        var member = app.CreateClientFor(owner.UserId);
        var link = await member.CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();
        var clientPage = await visitor.GetDocumentAsync(link);
        var linkId = (await app.LinkAsync(link)).Id;
        var reviewPage = await member.GetDocumentAsync(ApprovalTestKit.ReviewUrl(post.Id));
        (await member.PostWithTokenAsync($"{ApprovalTestKit.ReviewUrl(post.Id)}?handler=RevokeLink&linkId={linkId}", HtmlForms.AntiforgeryToken(reviewPage), [])).Dispose();

        using var response = await visitor.PostWithTokenAsync(
            $"{link}?handler=Approve", HtmlForms.AntiforgeryToken(clientPage), [new("PostId", post.Id.ToString()), new("Version", "1")]);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(post.Id)).Status);
        Assert.NotNull((await app.LinkAsync(link)).RevokedAtUtc);
    }

    [Fact]
    public async Task A_link_reaches_only_its_own_posts()
    {
        var (owner, clientId, post) = await ArrangeAsync();
        var other = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: ClientOnly, caption: "Not in the link");
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();
        var page = await visitor.GetDocumentAsync(link);

        using var response = await visitor.PostWithTokenAsync(
            $"{link}?handler=Approve", HtmlForms.AntiforgeryToken(page), [new("PostId", other.Id.ToString()), new("Version", "1")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Not in the link", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.InReview, (await app.PostAsync(other.Id)).Status);
    }

    [Fact]
    public async Task A_decided_post_shows_its_status_and_cannot_be_decided_again()
    {
        var (owner, _, post) = await ArrangeAsync();
        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire");
        var visitor = app.CreateAnonymousClient();
        (await visitor.ClientDecidesAsync(link, post.Id, "Approve")).Dispose();
        var page = await visitor.GetDocumentAsync(link);

        using var again = await visitor.PostWithTokenAsync(
            $"{link}?handler=RequestChanges", HtmlForms.AntiforgeryToken(page), [new("PostId", post.Id.ToString()), new("Comment", "Wait")], htmx: true);

        var article = page.QuerySelector($"#client-post-{post.Id:N}")!;
        Assert.Equal("Approved", article.QuerySelector("strong")!.TextContent.Trim());
        Assert.Null(article.QuerySelector("form"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("no longer waiting for your decision", (await HtmlForms.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Approved, (await app.PostAsync(post.Id)).Status);
    }

    [Fact]
    public async Task A_link_with_an_email_is_sent_and_named_in_the_posts_history()
    {
        var (owner, _, post) = await ArrangeAsync();
        var email = $"claire-{Guid.NewGuid():N}@harbour.test";

        var link = await app.CreateClientFor(owner.UserId).CreateLinkAsync(post.Id, "Claire", email);

        var mail = Assert.Single(app.Services.GetRequiredService<MailboxFolder>().List(), m => m.To == email);
        Assert.Contains(link, mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Harbour Coffee", mail.Subject, StringComparison.Ordinal);
        var sent = Assert.Single((await app.PostAsync(post.Id)).Activity, a => a.Kind == PostActivityKind.SentToClient);
        Assert.Contains(email, sent.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_needs_a_recipient_name_and_days_between_1_and_30()
    {
        var (owner, _, post) = await ArrangeAsync();
        var member = app.CreateClientFor(owner.UserId);

        using var response = await member.PostFormAsync(
            ApprovalTestKit.ReviewUrl(post.Id),
            [new("Link.RecipientName", " "), new("Link.RecipientEmail", "not an email"), new("Link.ExpiresInDays", "31")],
            $"{ApprovalTestKit.ReviewUrl(post.Id)}?handler=CreateLink",
            htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await HtmlForms.ParseAsync(response);
        Assert.Contains("Enter the name", fragment.QuerySelector("#Link_RecipientName-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("valid email", fragment.QuerySelector("#Link_RecipientEmail-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("between 1 and 30", fragment.QuerySelector("#Link_ExpiresInDays-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(fragment.QuerySelector("#created-link"));
    }

    private async Task<(TestMember Owner, Guid ClientId, Post Post)> ArrangeAsync()
    {
        var owner = await app.CreateAgencyAsync();
        var clientId = await app.CreateClientAsync(owner.AgencyId, "Harbour Coffee");
        await app.SetApprovalAsync(owner.AgencyId, clientId, team: false, client: true);
        var post = await app.AddPostAsync(owner.AgencyId, clientId, owner.UserId, submitted: true, policy: ClientOnly);
        return (owner, clientId, post);
    }
}
