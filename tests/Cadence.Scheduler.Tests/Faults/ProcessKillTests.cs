using Cadence.Instagram;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>
/// The dispatcher in a child process, SIGKILLed at each step boundary, then a fresh process finishes the work after the
/// dead one's lease runs out. The sandbox (in this process) is the judge: each post is published once or failed.
/// </summary>
public sealed class ProcessKillTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    private const string FirstComment = "Open 7–19 today";

    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Theory]
    [InlineData("ChildContainerCreated")]
    [InlineData("ContainerCreated")]
    [InlineData("ContainerFinished")]
    [InlineData("PublishAttemptRecorded")]
    [InlineData("PublishInFlight")]
    [InlineData("PublishCallReturned")]
    [InlineData("PublishedRecorded")]
    [InlineData("FirstCommentPosted")]
    public async Task A_dispatcher_killed_at_a_step_boundary_and_restarted_publishes_each_post_once(string boundary)
    {
        var account = await app.LinkSandboxAccountAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var database = await FaultDatabase.CreateAsync(app, [account],
        [
            app.FeedImage(account, $"Morning pour {tag}", firstComment: FirstComment),
            app.Carousel(account, $"Three beans {tag}", items: 2),
            app.Reel(account, $"Steam wand {tag}"),
        ]);

        using (var doomed = FaultHostProcess.Start(database, "node-doomed", stopAt: boundary))
        {
            Assert.True(await doomed.ReachedAsync(boundary), $"The child never reached {boundary}. {doomed.Errors}");
            await doomed.KillAsync();
        }

        using var survivor = FaultHostProcess.Start(database, "node-survivor");
        Assert.True(await survivor.ExitCodeAsync() == 0, survivor.Errors);

        var targets = await database.TargetsAsync();
        Assert.All(targets, t => Assert.True(t.IsFinal, $"{t.State}: {t.Problem}"));
        Assert.All(targets, t => Assert.Equal(TargetState.Published, t.State));
        await ExactlyOnceJudge.AssertEachPublishedOnceOrFailedAsync(app, database, [account]);
        Assert.Equal(1, await FirstCommentsAsync(account, targets));
        Assert.All(targets, t => Assert.False(t.FirstCommentPending));
    }

    // How many times the feed post's first comment stands on the account's published media.
    private Task<int> FirstCommentsAsync(PublishingTestKit.Linked account, IEnumerable<PublishTarget> targets) =>
        app.WithScopeAsync(async services =>
        {
            var comments = services.GetRequiredService<IInstagramComments>();
            var count = 0;
            foreach (var mediaId in targets.Select(t => t.MediaId).OfType<string>())
            {
                var page = await comments.GetCommentsPageAsync(account.Sandbox.AccessToken, mediaId);
                count += page.Items.Count(c => c.Text == FirstComment);
            }

            return count;
        });
}
