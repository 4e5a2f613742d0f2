using System.Text.Json.Nodes;
using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

public sealed class PublishingContractTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    private IInstagramPublishing Publishing => sandbox.Get<IInstagramPublishing>();

    [Fact]
    public async Task An_image_goes_from_container_to_finished_to_published_and_is_listed()
    {
        var access = await sandbox.CreateAccountAsync();

        var container = await Publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image()) { Caption = "Hello #cadence", AltText = "A mug" });
        var status = await Publishing.WaitForContainerAsync(access.AccessToken, container, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));
        var mediaId = await Publishing.PublishAsync(access, container);

        Assert.Equal(ContainerStatusCode.Finished, status.Code);
        var media = await sandbox.Get<IInstagramAccounts>().GetMediaAsync(access.AccessToken, mediaId);
        Assert.Equal("IMAGE", media.MediaType);
        Assert.Equal("Hello #cadence", media.Caption);
        var listed = await sandbox.Get<IInstagramAccounts>().GetMediaPageAsync(access);
        Assert.Contains(listed.Items, m => m.Id == mediaId);
        Assert.Equal(ContainerStatusCode.Published, (await Publishing.GetContainerStatusAsync(access.AccessToken, container)).Code);
    }

    [Fact]
    public async Task A_carousel_of_two_images_is_published_as_an_album()
    {
        var access = await sandbox.CreateAccountAsync();

        var first = await Publishing.CreateContainerAsync(access, new CarouselImageItem(sandbox.Image()));
        var second = await Publishing.CreateContainerAsync(access, new CarouselImageItem(sandbox.Image()));
        var parent = await Publishing.CreateContainerAsync(access, new CarouselContainer([first, second]) { Caption = "two" });
        var mediaId = await Publishing.PublishAsync(access, parent);

        var media = await sandbox.Get<IInstagramAccounts>().GetMediaAsync(access.AccessToken, mediaId);
        Assert.Equal("CAROUSEL_ALBUM", media.MediaType);
        Assert.Equal(2, media.Children?.Data.Count);
    }

    [Fact]
    public async Task A_reel_is_not_ready_until_processing_ends_and_then_publishes()
    {
        var access = await sandbox.CreateAccountAsync();
        var container = await Publishing.CreateContainerAsync(access, new ReelContainer(sandbox.Video()) { ShareToFeed = true, ThumbOffset = 1000 });

        Assert.Equal(ContainerStatusCode.InProgress, (await Publishing.GetContainerStatusAsync(access.AccessToken, container)).Code);
        var early = await Assert.ThrowsAsync<InstagramApiException>(() => Publishing.PublishAsync(access, container));
        Assert.Equal(InstagramErrorKind.MediaNotReady, early.Error.Kind);

        await sandbox.AdvanceClockAsync(TimeSpan.FromSeconds(31));
        Assert.Equal(ContainerStatusCode.Finished, (await Publishing.GetContainerStatusAsync(access.AccessToken, container)).Code);
        var mediaId = await Publishing.PublishAsync(access, container);

        var media = await sandbox.Get<IInstagramAccounts>().GetMediaAsync(access.AccessToken, mediaId);
        Assert.Equal("REELS", media.MediaProductType);
    }

    [Fact]
    public async Task An_image_story_is_published_as_a_story()
    {
        var access = await sandbox.CreateAccountAsync();

        var container = await Publishing.CreateContainerAsync(access, new StoryImageContainer(sandbox.Image(1080, 1920)));
        var mediaId = await Publishing.PublishAsync(access, container);

        Assert.False(string.IsNullOrEmpty(mediaId));
    }

    [Fact]
    public async Task A_png_is_rejected_with_the_reason_for_the_author()
    {
        var access = await sandbox.CreateAccountAsync();

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() =>
            Publishing.CreateContainerAsync(access, new ImageContainer($"{sandbox.BaseUrl}/media/picture.png")));

        Assert.Equal(InstagramErrorKind.MediaRejected, failure.Error.Kind);
        Assert.Equal(36001, failure.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(failure.Error.UserMessage));
    }

    [Fact]
    public async Task An_aspect_ratio_outside_instagrams_range_is_rejected()
    {
        var access = await sandbox.CreateAccountAsync();

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => Publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image(1080, 2000))));

        Assert.Equal((InstagramErrorKind.MediaRejected, 2207009), (failure.Error.Kind, failure.Error.Subcode));
    }

    [Fact]
    public async Task An_unreachable_url_is_rejected_as_not_fetchable()
    {
        var access = await sandbox.CreateAccountAsync();

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => Publishing.CreateContainerAsync(access, new ImageContainer($"{sandbox.BaseUrl}/media/missing.jpg")));

        Assert.Equal((InstagramErrorKind.MediaRejected, 2207052), (failure.Error.Kind, failure.Error.Subcode));
    }

    [Fact]
    public async Task Media_that_fail_processing_end_in_ERROR_with_the_subcode()
    {
        var access = await sandbox.CreateAccountAsync();
        await sandbox.AdminAsync("faults/media", new JsonObject { ["count"] = 1, ["subcode"] = 2207026 });

        var container = await Publishing.CreateContainerAsync(access, new ReelContainer(sandbox.Video()));
        await sandbox.AdvanceClockAsync(TimeSpan.FromSeconds(31));
        var status = await Publishing.GetContainerStatusAsync(access.AccessToken, container);

        Assert.Equal(ContainerStatusCode.Error, status.Code);
        Assert.Equal(2207026, status.ErrorSubcode);
    }

    [Fact]
    public async Task A_5xx_on_media_publish_is_sent_once_and_the_container_tells_what_happened()
    {
        var access = await sandbox.CreateAccountAsync();
        var container = await Publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image()));
        await sandbox.AdminAsync("faults/path", new JsonObject { ["path"] = "media_publish", ["code"] = 2, ["status"] = 500, ["count"] = 1 });

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => Publishing.PublishAsync(access, container));

        Assert.Equal(InstagramErrorKind.Transient, failure.Error.Kind);
        // The fault answers one call only: a blind retry would have published the container.
        var calls = (await sandbox.AdminGetAsync("publish-calls"))["data"]!.AsArray().Where(c => c!["creation_id"]!.GetValue<string>() == container);
        Assert.Empty(calls);
        Assert.Equal(ContainerStatusCode.Finished, (await Publishing.GetContainerStatusAsync(access.AccessToken, container)).Code);
        Assert.False(string.IsNullOrEmpty(await Publishing.PublishAsync(access, container)));
    }

    [Fact]
    public async Task The_publishing_limit_counts_published_posts()
    {
        var access = await sandbox.CreateAccountAsync();
        var container = await Publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image()));
        await Publishing.PublishAsync(access, container);

        var limit = await Publishing.GetPublishingLimitAsync(access);

        Assert.Equal(1, limit.QuotaUsage);
        Assert.Equal(100, limit.QuotaTotal);
        Assert.Equal(TimeSpan.FromDays(1), limit.QuotaDuration);
    }

    [Fact]
    public async Task The_first_comment_lands_under_the_published_post()
    {
        var access = await sandbox.CreateAccountAsync();
        var mediaId = await Publishing.PublishAsync(access, await Publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image())));

        var commentId = await Publishing.PostFirstCommentAsync(access.AccessToken, mediaId, "#more #tags");

        var comments = await sandbox.Get<IInstagramComments>().GetCommentsPageAsync(access.AccessToken, mediaId);
        Assert.Contains(comments.Items, c => c.Id == commentId && c.Text == "#more #tags");
    }
}
