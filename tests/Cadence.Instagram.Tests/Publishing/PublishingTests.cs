using System.Net;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Publishing;

public sealed class PublishingTests
{
    [Fact]
    public async Task An_image_container_posts_its_options_as_a_form()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"17889455560051444"}""");
        var request = new ImageContainer("https://cdn.example/a.jpg")
        {
            Caption = "Launch day #cadence",
            AltText = "A blue mug",
            LocationId = "7640348500",
            UserTags = [new UserTag("friend", 0.5, 0.8)],
            Collaborators = ["partner"],
        };

        var id = await fake.Get<IInstagramPublishing>().CreateContainerAsync(FakeInstagram.Access, request);

        var sent = fake.Single();
        Assert.Equal("17889455560051444", id);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/v25.0/17841400000000001/media", sent.Url.AbsolutePath);
        Assert.Equal("https://cdn.example/a.jpg", sent.Form["image_url"]);
        Assert.Equal("Launch day #cadence", sent.Form["caption"]);
        Assert.Equal("A blue mug", sent.Form["alt_text"]);
        Assert.Equal("7640348500", sent.Form["location_id"]);
        Assert.Equal("""[{"username":"friend","x":0.5,"y":0.8}]""", sent.Form["user_tags"]);
        Assert.Equal("""["partner"]""", sent.Form["collaborators"]);
        Assert.False(sent.Form.ContainsKey("media_type"));
    }

    [Fact]
    public async Task Carousel_children_and_parent_carry_their_own_parameters()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"c1"}""").ReplyOk("""{"id":"c2"}""").ReplyOk("""{"id":"p"}""");
        var publishing = fake.Get<IInstagramPublishing>();

        await publishing.CreateContainerAsync(FakeInstagram.Access, new CarouselImageItem("https://cdn.example/a.jpg") { AltText = "a" });
        await publishing.CreateContainerAsync(FakeInstagram.Access, new CarouselVideoItem("https://cdn.example/v.mp4"));
        await publishing.CreateContainerAsync(FakeInstagram.Access, new CarouselContainer(["c1", "c2"]) { Caption = "two" });

        Assert.Equal("true", fake.Handler.Requests[0].Form["is_carousel_item"]);
        Assert.Equal("VIDEO", fake.Handler.Requests[1].Form["media_type"]);
        Assert.Equal("true", fake.Handler.Requests[1].Form["is_carousel_item"]);
        Assert.Equal("CAROUSEL", fake.Handler.Requests[2].Form["media_type"]);
        Assert.Equal("c1,c2", fake.Handler.Requests[2].Form["children"]);
        Assert.Equal("two", fake.Handler.Requests[2].Form["caption"]);
    }

    [Fact]
    public async Task A_reel_sends_cover_offset_feed_audio_and_trial_parameters()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"r"}""");

        await fake.Get<IInstagramPublishing>().CreateContainerAsync(FakeInstagram.Access, new ReelContainer("https://cdn.example/v.mp4")
        {
            CoverUrl = "https://cdn.example/cover.jpg",
            ThumbOffset = 1500,
            ShareToFeed = false,
            AudioName = "Original sound",
            Trial = TrialGraduationStrategy.SsPerformance,
        });

        var form = fake.Single().Form;
        Assert.Equal("REELS", form["media_type"]);
        Assert.Equal("https://cdn.example/cover.jpg", form["cover_url"]);
        Assert.Equal("1500", form["thumb_offset"]);
        Assert.Equal("false", form["share_to_feed"]);
        Assert.Equal("Original sound", form["audio_name"]);
        Assert.Equal("""{"graduation_strategy":"SS_PERFORMANCE"}""", form["trial_params"]);
    }

    [Fact]
    public async Task Stories_are_created_as_STORIES_for_images_and_videos()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"s1"}""").ReplyOk("""{"id":"s2"}""");
        var publishing = fake.Get<IInstagramPublishing>();

        await publishing.CreateContainerAsync(FakeInstagram.Access, new StoryImageContainer("https://cdn.example/a.jpg"));
        await publishing.CreateContainerAsync(FakeInstagram.Access, new StoryVideoContainer("https://cdn.example/v.mp4"));

        Assert.Equal("STORIES", fake.Handler.Requests[0].Form["media_type"]);
        Assert.Equal("https://cdn.example/a.jpg", fake.Handler.Requests[0].Form["image_url"]);
        Assert.Equal("https://cdn.example/v.mp4", fake.Handler.Requests[1].Form["video_url"]);
    }

    [Fact]
    public async Task An_invalid_container_is_refused_without_a_call()
    {
        using var fake = new FakeInstagram();

        var failure = await Assert.ThrowsAsync<InstagramValidationException>(() =>
            fake.Get<IInstagramPublishing>().CreateContainerAsync(FakeInstagram.Access, new CarouselContainer(["only-one"])));

        Assert.Equal("Children", Assert.Single(failure.Errors).Field);
        Assert.Empty(fake.Handler.Requests);
    }

    [Fact]
    public async Task A_media_rejection_carries_the_message_for_the_author()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.ImageTooLarge);

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() =>
            fake.Get<IInstagramPublishing>().CreateContainerAsync(FakeInstagram.Access, new ImageContainer("https://cdn.example/huge.jpg")));

        Assert.Equal(InstagramErrorKind.MediaRejected, failure.Error.Kind);
        Assert.Equal("The image is too large to download. It should be less than 8 MiB.", failure.Error.UserMessage);
    }

    [Theory]
    [InlineData("FINISHED", ContainerStatusCode.Finished, null)]
    [InlineData("IN_PROGRESS", ContainerStatusCode.InProgress, null)]
    [InlineData("EXPIRED", ContainerStatusCode.Expired, null)]
    [InlineData("ERROR", ContainerStatusCode.Error, 2207026)]
    public async Task Container_status_is_parsed_with_the_failure_subcode(string code, ContainerStatusCode expected, int? subcode)
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk($$"""{"status_code":"{{code}}","status":"Error: Media upload has failed with error code 2207026","id":"17889"}""");

        var status = await fake.Get<IInstagramPublishing>().GetContainerStatusAsync(FakeInstagram.Token, "17889");

        Assert.Equal("status_code,status,id", fake.Single().Query["fields"]);
        Assert.Equal(expected, status.Code);
        Assert.Equal(subcode, status.ErrorSubcode);
    }

    [Fact]
    public async Task Waiting_polls_on_the_clock_until_the_container_is_final()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"status_code":"IN_PROGRESS","id":"v"}""").ReplyOk("""{"status_code":"FINISHED","id":"v"}""");

        var waiting = fake.Get<IInstagramPublishing>().WaitForContainerAsync(FakeInstagram.Token, "v", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        while (fake.Handler.Requests.Count < 1)
        {
            await Task.Yield();
        }

        fake.Clock.Advance(TimeSpan.FromMinutes(1));
        var status = await waiting;

        Assert.Equal(ContainerStatusCode.Finished, status.Code);
        Assert.Equal(2, fake.Handler.Requests.Count);
    }

    [Fact]
    public async Task Publish_sends_the_creation_id_once()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"17920238422030506"}""");

        var mediaId = await fake.Get<IInstagramPublishing>().PublishAsync(FakeInstagram.Access, "17889");

        var sent = fake.Single();
        Assert.Equal("/v25.0/17841400000000001/media_publish", sent.Url.AbsolutePath);
        Assert.Equal("17889", sent.Form["creation_id"]);
        Assert.Equal("17920238422030506", mediaId);
    }

    [Fact]
    public async Task A_5xx_burst_on_media_publish_is_never_retried()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.InternalServerError, Fixtures.Error(2, transient: true)).ReplyOk("""{"id":"would-be-a-duplicate"}""");

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramPublishing>().PublishAsync(FakeInstagram.Access, "17889"));

        Assert.Equal(InstagramErrorKind.Transient, failure.Error.Kind);
        Assert.Single(fake.Handler.Requests);
    }

    [Fact]
    public async Task Publishing_an_unfinished_container_says_media_not_ready()
    {
        using var fake = new FakeInstagram();
        fake.Handler.Reply(HttpStatusCode.BadRequest, Fixtures.Error(9007, 2207027, "The media is not ready for publishing, please wait for a moment"));

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => fake.Get<IInstagramPublishing>().PublishAsync(FakeInstagram.Access, "17889"));

        Assert.Equal(InstagramErrorKind.MediaNotReady, failure.Error.Kind);
    }

    [Fact]
    public async Task The_publishing_limit_is_read_from_the_reference_shape()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"data":[{"quota_usage":2,"config":{"quota_total":100,"quota_duration":86400}}]}""");

        var limit = await fake.Get<IInstagramPublishing>().GetPublishingLimitAsync(FakeInstagram.Access);

        Assert.Equal("/v25.0/17841400000000001/content_publishing_limit", fake.Single().Url.AbsolutePath);
        Assert.Equal(2, limit.QuotaUsage);
        Assert.Equal(100, limit.QuotaTotal);
        Assert.Equal(98, limit.Remaining);
        Assert.Equal(TimeSpan.FromDays(1), limit.QuotaDuration);
    }

    [Fact]
    public async Task The_first_comment_is_posted_on_the_media()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"comment-1"}""");

        var id = await fake.Get<IInstagramPublishing>().PostFirstCommentAsync(FakeInstagram.Token, "17920", "#more #tags");

        Assert.Equal("/v25.0/17920/comments", fake.Single().Url.AbsolutePath);
        Assert.Equal("#more #tags", fake.Single().Form["message"]);
        Assert.Equal("comment-1", id);
    }
}
