using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Instagram;
using Cadence.Scheduler.Features.Checks;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cadence.Scheduler.Tests.Checks;

/// <summary>Each check before publishing, failing with words a person can act on, and passing when all is well.</summary>
public sealed class PrePublishCheckTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>
{
    private DateTime InTwoHours => app.Clock.GetUtcNow().UtcDateTime.AddHours(2);

    [Fact]
    public async Task A_publishable_post_with_reachable_media_and_room_in_the_quota_passes_every_check()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.Carousel(account, "All good", 2), InTwoHours);

        var problems = await app.CheckAsync(account, id);

        Assert.Empty(problems);
        var target = await app.TargetAsync(id);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, target.CheckedAtUtc);
        Assert.Empty(target.CheckProblems);
    }

    [Fact]
    public async Task An_account_that_needs_reconnecting_fails_the_account_check()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Account gone"), InTwoHours);
        await app.WithScopeAsync(s => s.GetRequiredService<IInstagramAccountTokens>().ReportTokenRejectedAsync(account.AgencyId, account.AccountId, "Session expired", CancellationToken.None));

        var problems = await app.CheckAsync(account, id);

        Assert.Contains($"@{account.Sandbox.Username} needs reconnecting before it can publish.", problems);
        Assert.Equal(problems, (await app.TargetAsync(id)).CheckProblems);
    }

    [Fact]
    public async Task A_post_that_no_longer_passes_the_composers_rules_fails_with_the_rules_words()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Too many tags") with { Problems = ["The caption has 31 hashtags; Instagram allows 30."] };
        var id = await app.ScheduleAsync(account, post, InTwoHours);

        var problems = await app.CheckAsync(account, id);

        Assert.Equal(["The caption has 31 hashtags; Instagram allows 30."], problems);
    }

    [Fact]
    public async Task A_media_file_the_server_no_longer_has_fails_naming_the_file()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Missing photo").WithMedia(app.MediaServer.Image(), app.MediaServer.Missing("beans.jpg"));
        var id = await app.ScheduleAsync(account, post with { Format = Composer.Contracts.Posts.PublishFormat.Carousel }, InTwoHours);

        var problems = await app.CheckAsync(account, id);

        var problem = Assert.Single(problems);
        Assert.Equal("Instagram can't fetch beans.jpg (image 2 of 2): the media server answered 404 Not Found.", problem);
    }

    [Fact]
    public async Task A_media_address_answering_with_a_web_page_fails_as_not_an_image()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Login page").WithMedia(app.MediaServer.WebPage("cup.jpg")), InTwoHours);

        var problems = await app.CheckAsync(account, id);

        Assert.Equal(["Instagram can't use cup.jpg (the image): the media server sends it as text/html, not as an image or video."], problems);
    }

    [Fact]
    public async Task A_quota_full_with_what_is_published_and_booked_in_the_window_fails_the_quota_check()
    {
        var account = await app.LinkSandboxAccountAsync();
        var due = InTwoHours;
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "One too many"), due);
        await PublishDirectlyAsync(account, 2);
        await app.BookOthersAsync(account, 97, due);

        Assert.Empty(await app.CheckAsync(account, id));

        await app.BookOthersAsync(account, 1, due);
        var problems = await app.CheckAsync(account, id);

        Assert.Equal(
            [$"@{account.Sandbox.Username}'s Instagram limit of 100 posts in 24 hours will be full at this time: 2 published in the window and 98 more booked before this post. Move this post later, or another post of the account."],
            problems);
    }

    [Fact]
    public async Task A_loopback_media_address_fails_without_a_request_when_instagram_is_the_real_one()
    {
        var media = new MediaReachability(new NoHttp(), Options.Create(new InstagramOptions()));

        var problem = await media.ProblemAsync("http://localhost:5000/media/cup.jpg", "cup.jpg (the image)", CancellationToken.None);

        Assert.Equal("Instagram can't fetch cup.jpg (the image): localhost is only reachable on this network. Set Media:PublicBaseUrl to an address Instagram can reach.", problem);
    }

    private Task PublishDirectlyAsync(PublishingTestKit.Linked account, int count) =>
        app.WithScopeAsync(async services =>
        {
            var publishing = services.GetRequiredService<IInstagramPublishing>();
            var access = new AccountAccess(account.Sandbox.Id, account.Sandbox.AccessToken);
            for (var i = 0; i < count; i++)
            {
                await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(app.MediaServer.Image())));
            }
        });

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No request should be made.");
    }
}
