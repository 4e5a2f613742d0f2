using System.Net;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Composer.Data;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Tests.Publishing;

public sealed class PublishablePostTests : IAsyncLifetime
{
    private static readonly Actor Editor = new(Guid.NewGuid(), "Erin Editor");
    private readonly ComposerAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_carousel_comes_with_each_accounts_caption_its_files_in_order_at_signed_urls_and_its_options()
    {
        var (agencyId, clientId) = await AClientAsync();
        var first = await _app.AddImageAsync(agencyId, clientId, 1080, 1350);
        var second = await _app.AddVideoAsync(agencyId, clientId);
        var (main, other) = (Guid.NewGuid(), Guid.NewGuid());
        var post = await AddPostAsync(agencyId, clientId, PostFormat.Carousel, [second, first], p =>
        {
            p.Caption = "Autumn menu #coffee";
            p.Accounts.Add(new PostAccount { PostId = p.Id, InstagramAccountId = main });
            p.Accounts.Add(new PostAccount { PostId = p.Id, InstagramAccountId = other, CaptionOverride = "For our second shop" });
            p.Items[1].AltText = "A flat white";
            p.Items[1].UserTags = [new UserTag("barista.sam", 0.25, 0.75)];
            p.FirstComment = "Menu in bio";
            p.LocationId = "110123456789";
            p.Collaborators = ["roastery"];
        });

        var snapshot = (await GetAsync(agencyId, post.Id)).Value;

        Assert.Equal(PublishFormat.Carousel, snapshot.Format);
        Assert.Equal(
            new[] { new PublishableAccount(main, "Autumn menu #coffee"), new PublishableAccount(other, "For our second shop") }.OrderBy(a => a.InstagramAccountId),
            snapshot.Accounts);
        Assert.Equal([true, false], snapshot.Media.Select(m => m.IsVideo));
        Assert.StartsWith($"{ComposerAppFactory.MediaBaseUrl}/media/{second.Id:N}/publish.mp4?expires=", snapshot.Media[0].Url);
        Assert.StartsWith($"{ComposerAppFactory.MediaBaseUrl}/media/{first.Id:N}/publish.jpg?expires=", snapshot.Media[1].Url);
        Assert.Equal("A flat white", snapshot.Media[1].AltText);
        Assert.Equal([new TaggedUser("barista.sam", 0.25, 0.75)], snapshot.Media[1].UserTags);
        Assert.Equal(("Menu in bio", "110123456789", "roastery"), (snapshot.FirstComment, snapshot.LocationId, Assert.Single(snapshot.Collaborators)));
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime.AddHours(48), snapshot.UrlsExpireAtUtc);
        Assert.Empty(snapshot.Problems);
        Assert.False(snapshot.IsApproved);
    }

    [Fact]
    public async Task Every_media_url_is_signed_and_fetchable_by_anyone_until_it_expires()
    {
        var (agencyId, clientId) = await AClientAsync();
        var image = await _app.AddImageAsync(agencyId, clientId);
        var post = await AddPostAsync(agencyId, clientId, PostFormat.FeedImage, [image]);
        var url = (await GetAsync(agencyId, post.Id)).Value.Media[0].Url;
        var instagram = _app.CreateAnonymousClient();

        var response = await instagram.GetAsync(new Uri(url).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image.PublishSizeBytes, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await instagram.GetAsync(new Uri(url).PathAndQuery.Replace("signature=", "signature=x", StringComparison.Ordinal))).StatusCode);

        _app.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Equal(HttpStatusCode.NotFound, (await instagram.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_reel_carries_its_cover_url_and_reel_options_and_is_publishable_once_approved()
    {
        var (agencyId, clientId) = await AClientAsync();
        var video = await _app.AddVideoAsync(agencyId, clientId);
        var cover = await _app.AddImageAsync(agencyId, clientId, 1080, 1920);
        var post = await AddPostAsync(agencyId, clientId, PostFormat.Reel, [video], p =>
        {
            p.CoverMediaAssetId = cover.Id;
            p.ShareToFeed = false;
            p.AudioName = "Morning grind";
            p.Trial = TrialStrategy.Performance;
            p.Submit(ApprovalPolicy.None, Editor, _app.Clock.GetUtcNow().UtcDateTime);
        });

        var snapshot = (await GetAsync(agencyId, post.Id)).Value;

        Assert.StartsWith($"{ComposerAppFactory.MediaBaseUrl}/media/{cover.Id:N}/publish.jpg?expires=", snapshot.CoverUrl);
        Assert.Equal((false, "Morning grind", TrialReelStrategy.Performance), (snapshot.ShareToFeed, snapshot.AudioName, snapshot.Trial));
        Assert.Equal(30_000, snapshot.Media[0].DurationMs);
        Assert.True(snapshot.IsApproved);
        Assert.True(snapshot.IsPublishable);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateAnonymousClient().GetAsync(new Uri(snapshot.CoverUrl!).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task An_approved_post_that_breaks_a_rule_lists_the_problem_and_is_not_publishable()
    {
        var (agencyId, clientId) = await AClientAsync();
        var tall = await _app.AddImageAsync(agencyId, clientId, 1080, 1920);
        var post = await AddPostAsync(agencyId, clientId, PostFormat.FeedImage, [tall], p =>
            p.Submit(ApprovalPolicy.None, Editor, _app.Clock.GetUtcNow().UtcDateTime));

        var snapshot = (await GetAsync(agencyId, post.Id)).Value;

        Assert.True(snapshot.IsApproved);
        Assert.Contains(snapshot.Problems, p => p.Contains("crop to 4:5", StringComparison.Ordinal));
        Assert.False(snapshot.IsPublishable);
    }

    [Fact]
    public async Task Another_agencys_post_or_an_unknown_id_is_not_found()
    {
        var (agencyId, clientId) = await AClientAsync();
        var (otherAgencyId, _) = await AClientAsync();
        var post = await AddPostAsync(agencyId, clientId, PostFormat.FeedImage, [await _app.AddImageAsync(agencyId, clientId)]);

        var fromAnotherAgency = await GetAsync(otherAgencyId, post.Id);
        var unknown = await GetAsync(agencyId, Guid.NewGuid());

        Assert.Equal("not_found", Assert.Single(fromAnotherAgency.Errors).Code);
        Assert.Equal("not_found", Assert.Single(unknown.Errors).Code);
    }

    [Fact]
    public async Task The_validator_does_not_use_another_clients_file()
    {
        var (agencyId, clientId) = await AClientAsync();
        var otherClientId = await _app.CreateClientAsync(agencyId, "Other brand");
        var theirs = await _app.AddImageAsync(agencyId, otherClientId);
        var post = await AddPostAsync(agencyId, clientId, PostFormat.FeedImage, [theirs]);

        var violations = await _app.WithScopeAsync(services => services.GetRequiredService<IPostValidator>().ValidateAsync(post, CancellationToken.None));
        var snapshot = (await GetAsync(agencyId, post.Id)).Value;

        Assert.Contains(violations, v => v.Field == PostFields.Item(0) && v.Message.Contains("no longer in the client's media library", StringComparison.Ordinal));
        Assert.Empty(snapshot.Media);
        Assert.NotEmpty(snapshot.Problems);
    }

    private async Task<(Guid AgencyId, Guid ClientId)> AClientAsync()
    {
        var owner = await _app.CreateAgencyAsync();
        return (owner.AgencyId, await _app.CreateClientAsync(owner.AgencyId));
    }

    private Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId) =>
        _app.WithScopeAsync(services => services.GetRequiredService<IPublishablePosts>().GetAsync(agencyId, postId, CancellationToken.None));

    private async Task<Post> AddPostAsync(Guid agencyId, Guid clientId, PostFormat format, MediaAsset[] files, Action<Post>? shape = null)
    {
        var post = new Post { AgencyId = agencyId, ClientId = clientId, Format = format, CreatedAtUtc = _app.Clock.GetUtcNow().UtcDateTime };
        for (var i = 0; i < files.Length; i++)
        {
            post.Items.Add(new PostItem { PostId = post.Id, Position = i, MediaAssetId = files[i].Id });
        }

        shape?.Invoke(post);
        if (post.Accounts.Count == 0)
        {
            post.Accounts.Add(new PostAccount { PostId = post.Id, InstagramAccountId = Guid.NewGuid() });
        }

        await _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComposerDbContext>();
            db.Posts.Add(post);
            await db.SaveChangesAsync();
        });
        return post;
    }
}
