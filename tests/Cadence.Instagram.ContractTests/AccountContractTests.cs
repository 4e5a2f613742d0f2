using System.Net;
using System.Text.Json.Nodes;
using Cadence.Instagram.ContractTests.Support;

namespace Cadence.Instagram.ContractTests;

public sealed class AccountContractTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    [Fact]
    public async Task Me_answers_with_both_ids_and_the_account_fields()
    {
        var access = await sandbox.CreateAccountAsync("me", followers: 4321);

        var account = await sandbox.Get<IInstagramAccounts>().GetAccountAsync(AccountAccess.Me(access.AccessToken));

        Assert.Equal(access.AccountId, account.UserId);
        Assert.NotEqual(account.UserId, account.Id);
        Assert.StartsWith("me", account.Username, StringComparison.Ordinal);
        Assert.Equal(4321, account.FollowersCount);
    }

    [Fact]
    public async Task The_media_pager_walks_every_page()
    {
        var access = await sandbox.CreateAccountAsync();
        var publishing = sandbox.Get<IInstagramPublishing>();
        for (var i = 0; i < 3; i++)
        {
            await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image())));
        }

        var ids = new List<string>();
        await foreach (var media in sandbox.Get<IInstagramAccounts>().GetAllMediaAsync(access, pageSize: 2))
        {
            ids.Add(media.Id);
        }

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_revoked_token_asks_for_a_reconnection()
    {
        var access = await sandbox.CreateAccountAsync();
        await sandbox.AdminAsync("tokens/revoke", new JsonObject { ["access_token"] = access.AccessToken });

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => sandbox.Get<IInstagramAccounts>().GetAccountAsync(access));

        Assert.True(failure.Error.RequiresReconnect);
        Assert.Equal(190, failure.Error.Code);
    }

    [Fact]
    public async Task A_garbage_token_asks_for_a_reconnection()
    {
        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => sandbox.Get<IInstagramAccounts>().GetAccountAsync(AccountAccess.Me("garbage")));

        Assert.Equal(InstagramErrorKind.TokenInvalid, failure.Error.Kind);
    }

    [Fact]
    public async Task A_burst_of_5xx_on_a_read_is_retried_through()
    {
        var access = await sandbox.CreateAccountAsync();
        await sandbox.AdminAsync("faults/path", new JsonObject { ["path"] = access.AccountId, ["code"] = 2, ["status"] = 503, ["count"] = 2 });

        var account = await sandbox.Get<IInstagramAccounts>().GetAccountAsync(access);

        Assert.Equal(access.AccountId, account.UserId);
    }

    [Fact]
    public async Task An_unknown_media_id_is_not_found()
    {
        var access = await sandbox.CreateAccountAsync();

        var failure = await Assert.ThrowsAsync<InstagramApiException>(() => sandbox.Get<IInstagramAccounts>().GetMediaAsync(access.AccessToken, "17999999999999999"));

        Assert.Equal(InstagramErrorKind.NotFound, failure.Error.Kind);
    }

    [Fact]
    public async Task An_account_subscribes_and_unsubscribes_to_webhooks()
    {
        var access = await sandbox.CreateAccountAsync();

        await sandbox.Get<IInstagramAccounts>().SubscribeToWebhooksAsync(access, ["comments", "messages"]);
        await sandbox.Get<IInstagramAccounts>().UnsubscribeFromWebhooksAsync(access);
    }

    [Fact]
    public async Task Comments_can_be_turned_off_on_a_post()
    {
        var access = await sandbox.CreateAccountAsync();
        var publishing = sandbox.Get<IInstagramPublishing>();
        var mediaId = await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new ImageContainer(sandbox.Image())));

        await sandbox.Get<IInstagramAccounts>().SetCommentsEnabledAsync(access.AccessToken, mediaId, enabled: false);

        Assert.False((await sandbox.Get<IInstagramAccounts>().GetMediaAsync(access.AccessToken, mediaId)).IsCommentEnabled);
    }

    [Fact]
    public async Task A_published_story_is_listed_under_stories_not_media()
    {
        var access = await sandbox.CreateAccountAsync();
        var publishing = sandbox.Get<IInstagramPublishing>();
        var storyId = await publishing.PublishAsync(access, await publishing.CreateContainerAsync(access, new StoryImageContainer(sandbox.Image(1080, 1920))));

        var stories = await sandbox.Get<IInstagramAccounts>().GetStoriesPageAsync(access);
        var media = await sandbox.Get<IInstagramAccounts>().GetMediaPageAsync(access);

        Assert.Contains(stories.Items, s => s.Id == storyId);
        Assert.DoesNotContain(media.Items, m => m.Id == storyId);
    }
}
