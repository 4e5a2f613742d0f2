using Cadence.BuildingBlocks.Infrastructure.Security;
using System.Net;
using AngleSharp.Html.Dom;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Approvals;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Approvals;

/// <summary>Posts, approval settings and links put straight into the Composer's tables, and the review forms posted as a browser would.</summary>
internal static class ApprovalTestKit
{
    public static string ReviewUrl(Guid postId) => $"/composer/posts/{postId}/review";

    public static string SettingsUrl(Guid clientId) => $"/composer/clients/{clientId}/approvals";

    /// <summary>A valid feed image post (one image, one account); submitted under <paramref name="policy"/> when <paramref name="submitted"/>.</summary>
    public static async Task<Post> AddPostAsync(
        this CadenceAppFactory app, Guid agencyId, Guid clientId, Guid authorId, bool submitted = false, ApprovalPolicy? policy = null, bool withAccount = true, string caption = "Autumn blend is back")
    {
        var asset = await app.AddImageAsync(agencyId, clientId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var post = new Post
        {
            AgencyId = agencyId,
            ClientId = clientId,
            Format = PostFormat.FeedImage,
            Caption = caption,
            CreatedAtUtc = now,
            CreatedByUserId = authorId,
            Items = { new PostItem { MediaAssetId = asset.Id, AltText = "A cup of coffee" } },
        };
        if (withAccount)
        {
            post.Accounts.Add(new PostAccount { InstagramAccountId = Guid.NewGuid() });
        }

        var author = new Actor(authorId, "Erin Editor");
        post.Created(author, now);
        if (submitted)
        {
            post.Submit(policy ?? ApprovalPolicy.None, author, now);
        }

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.Posts.Add(post);
            await db.SaveChangesAsync();
        });
        return post;
    }

    public static Task SetApprovalAsync(this CadenceAppFactory app, Guid agencyId, Guid clientId, bool team, bool client, params Guid[] reviewers) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.ClientSettings.Add(new ClientComposerSettings
            {
                AgencyId = agencyId,
                ClientId = clientId,
                RequireTeamApproval = team,
                RequireClientApproval = client,
                ReviewerUserIds = reviewers.ToList(),
            });
            await db.SaveChangesAsync();
        });

    public static Task<Post> PostAsync(this CadenceAppFactory app, Guid postId) =>
        app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().Posts.IgnoreQueryFilters()
            .Include(p => p.Activity).AsNoTracking().SingleAsync(p => p.Id == postId));

    /// <summary>The Composer outbox's events of one kind about one post.</summary>
    public static async Task<List<OutboxMessage>> OutboxAsync(this CadenceAppFactory app, string eventName, Guid postId)
    {
        var messages = await app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().OutboxMessages
            .Where(m => m.Type.Contains(eventName)).ToListAsync());
        return messages.Where(m => m.Payload.Contains(postId.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Opens the review page and posts its decision form to <paramref name="handler"/>, with the version shown on the page.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid postId, string handler, string comment = "", bool htmx = false)
    {
        var page = await client.GetDocumentAsync(ReviewUrl(postId));
        var version = page.QuerySelector("input[name=Version]") is IHtmlInputElement input ? input.Value : "1";
        return await client.PostWithTokenAsync(
            $"{ReviewUrl(postId)}?handler={handler}", HtmlForms.AntiforgeryToken(page), [new("Comment", comment), new("Version", version)], htmx);
    }

    /// <summary>Makes a client link for one post through the review page and returns the link's path ("/approve/…").</summary>
    public static async Task<string> CreateLinkAsync(this HttpClient client, Guid postId, string recipient = "Claire", string email = "", int days = 14)
    {
        using var response = await client.PostFormAsync(
            ReviewUrl(postId),
            [new("Link.RecipientName", recipient), new("Link.RecipientEmail", email), new("Link.ExpiresInDays", days.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            $"{ReviewUrl(postId)}?handler=CreateLink");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var url = ((IHtmlInputElement)page.QuerySelector("#created-link-url")!).Value;
        return new Uri(url).PathAndQuery;
    }

    /// <summary>Opens the client's page and posts one post's form there, as the client's browser would.</summary>
    public static async Task<HttpResponseMessage> ClientDecidesAsync(this HttpClient client, string linkPath, Guid postId, string handler, string comment = "", bool htmx = false)
    {
        var page = await client.GetDocumentAsync(linkPath);
        var article = page.QuerySelector($"#client-post-{postId:N}")!;
        var version = ((IHtmlInputElement)article.QuerySelector("input[name=Version]")!).Value;
        return await client.PostWithTokenAsync(
            $"{linkPath}?handler={handler}", HtmlForms.AntiforgeryToken(page), [new("PostId", postId.ToString()), new("Version", version), new("Comment", comment)], htmx);
    }

    public static Task<ApprovalLink> LinkAsync(this CadenceAppFactory app, string linkPath)
    {
        var hash = SecretToken.Hash(linkPath.Split('/').Last());
        return app.WithScopeAsync(services => services.GetRequiredService<ComposerDbContext>().ApprovalLinks.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(l => l.TokenHash == hash));
    }
}
