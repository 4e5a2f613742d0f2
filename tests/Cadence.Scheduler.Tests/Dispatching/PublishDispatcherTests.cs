using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Dispatching;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cadence.Scheduler.Tests.Dispatching;

/// <summary>Dispatchers as two Host instances on one database would run them, judged by the sandbox's record of publish calls.</summary>
public sealed class PublishDispatcherTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task Two_dispatchers_on_one_database_publish_every_due_post_exactly_once()
    {
        var accounts = new List<PublishingTestKit.Linked>();
        var targets = new List<Guid>();
        for (var a = 0; a < 4; a++)
        {
            var account = await app.LinkSandboxAccountAsync();
            accounts.Add(account);
            for (var p = 0; p < 15; p++)
            {
                targets.Add(await app.ScheduleAsync(account, app.FeedImage(account, $"Post {p} of @{account.Sandbox.Username}")));
            }
        }

        await Task.WhenAll(Dispatcher("node-a").RunUntilIdleAsync(CancellationToken.None), Dispatcher("node-b").RunUntilIdleAsync(CancellationToken.None));

        var states = await app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters()
            .Where(t => targets.Contains(t.Id)).Select(t => new { t.State, t.LeaseOwner, t.ContainerId }).ToListAsync());
        Assert.All(states, s => Assert.Equal(TargetState.Published, s.State));
        Assert.All(states, s => Assert.Null(s.LeaseOwner));
        var calls = new List<PublishingTestKit.PublishCall>();
        foreach (var account in accounts)
        {
            calls.AddRange(await app.PublishCallsAsync(account));
        }

        Assert.Equal(targets.Count, calls.Count);
        Assert.All(calls, call => Assert.True(call.Succeeded));
        Assert.Equal(states.Select(s => s.ContainerId).Order(), calls.Select(c => c.CreationId).Order());
    }

    [Fact]
    public async Task Two_firings_of_the_job_on_one_node_publish_every_due_post_once()
    {
        var account = await app.LinkSandboxAccountAsync();
        var targets = new List<Guid>();
        for (var p = 0; p < 12; p++)
        {
            targets.Add(await app.ScheduleAsync(account, app.FeedImage(account, $"Fired twice {p}")));
        }

        var dispatcher = Dispatcher("node-fired-twice");
        await Task.WhenAll(dispatcher.RunUntilIdleAsync(CancellationToken.None), dispatcher.RunUntilIdleAsync(CancellationToken.None));
        await dispatcher.RunUntilIdleAsync(CancellationToken.None);

        var calls = await app.PublishCallsAsync(account);
        Assert.Equal(targets.Count, calls.Count(c => c.Succeeded));
        Assert.Equal(targets.Count, calls.Select(c => c.CreationId).Distinct().Count());
    }

    [Fact]
    public async Task A_round_records_the_nodes_heartbeat_even_when_nothing_is_due()
    {
        var dispatcher = Dispatcher("node-idle");

        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));

        var beat = await app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().DispatcherHeartbeats.SingleAsync(h => h.Node == "node-idle"));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, beat.LastBeatAtUtc);
    }

    [Fact]
    public async Task A_post_not_yet_due_is_left_for_a_later_round()
    {
        var account = await app.LinkSandboxAccountAsync();
        var id = await app.ScheduleAsync(account, app.FeedImage(account, "Tomorrow's special"), app.Clock.GetUtcNow().UtcDateTime.AddHours(1));

        await Dispatcher("node-early").RunUntilIdleAsync(CancellationToken.None);

        Assert.Equal(TargetState.Scheduled, (await app.TargetAsync(id)).State);
        Assert.Empty(await app.PublishCallsAsync(account));
    }

    [Fact]
    public async Task A_post_past_its_clients_maximum_lateness_is_missed_not_published_late()
    {
        var account = await app.LinkSandboxAccountAsync();
        var late = await app.ScheduleAsync(account, app.FeedImage(account, "Yesterday's news"), app.Clock.GetUtcNow().UtcDateTime.AddHours(-3));
        var recent = await app.ScheduleAsync(account, app.FeedImage(account, "Still fine"), app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-30));

        await Dispatcher("node-late").RunUntilIdleAsync(CancellationToken.None);

        Assert.Equal(TargetState.Missed, (await app.TargetAsync(late)).State);
        Assert.Equal(TargetState.Published, (await app.TargetAsync(recent)).State);
        Assert.Single(await app.PublishCallsAsync(account));
    }

    private PublishDispatcher Dispatcher(string node) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), new DispatcherNode(node), NullLogger<PublishDispatcher>.Instance);
}
