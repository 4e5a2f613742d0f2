using Cadence.Scheduler.Contracts.Publishing;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Alerts;

/// <summary>The real publisher against the sandbox: PostPublished carries what Instagram answered, and IPublishStatus reports it.</summary>
public sealed class PublishedEventSandboxTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task Publishing_raises_one_post_published_event_with_the_media_id_and_permalink_and_the_status_shows_them()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Fresh roast this morning");
        var id = await app.ScheduleAsync(account, post);

        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));
        Assert.Equal(TargetState.Published, await app.AdvanceAsync(id));

        var target = await app.TargetAsync(id);
        var raised = Assert.Single(await app.EventsAsync<PostPublished>(account.AgencyId));
        Assert.Equal((post.PostId, account.ClientId, account.AccountId), (raised.PostId, raised.ClientId, raised.InstagramAccountId));
        Assert.Equal(target.MediaId, raised.MediaId);
        Assert.NotNull(target.Permalink);
        Assert.Equal(target.Permalink, raised.Permalink);

        var status = await app.WithScopeAsync(s => s.GetRequiredService<IPublishStatus>().GetAsync(account.AgencyId, post.PostId, CancellationToken.None));
        var outcome = Assert.Single(status!.Accounts);
        Assert.Equal((PublishState.Published, target.MediaId, target.Permalink), (outcome.State, outcome.MediaId, outcome.Permalink));
    }

    [Fact]
    public async Task A_post_instagram_refuses_raises_a_failed_event_with_instagrams_reason()
    {
        var account = await app.LinkSandboxAccountAsync();
        var post = app.FeedImage(account, "Refused");
        var id = await app.ScheduleAsync(account, post);
        await app.FailNextContainersAsync(2207052);

        Assert.Equal(TargetState.Failed, await app.AdvanceAsync(id));

        var raised = Assert.Single(await app.EventsAsync<PostPublishFailed>(account.AgencyId));
        Assert.Equal((post.PostId, PublishProblemKind.Failed), (raised.PostId, raised.Kind));
        Assert.Equal((await app.TargetAsync(id)).Problem, raised.Reason);
        Assert.Empty(await app.EventsAsync<PostPublished>(account.AgencyId));
    }
}
