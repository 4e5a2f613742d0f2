using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Dispatching;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>Two dispatchers (as two Host instances on one database) racing for 500 posts due at the same instant.</summary>
public sealed class TwoDispatcherTests(PublishingAppFactory app) : IClassFixture<PublishingAppFactory>, IAsyncLifetime
{
    private const int Accounts = 10;
    private const int PostsPerAccount = 50;

    public Task InitializeAsync() => app.ClearFaultsAsync();

    public Task DisposeAsync() => app.ClearFaultsAsync();

    [Fact]
    public async Task Five_hundred_due_posts_raced_by_two_dispatchers_on_one_database_are_each_published_exactly_once()
    {
        var accounts = new List<PublishingTestKit.Linked>();
        var targets = new List<Guid>();
        for (var a = 0; a < Accounts; a++)
        {
            var account = await app.LinkSandboxAccountAsync();
            accounts.Add(account);
            for (var p = 0; p < PostsPerAccount; p++)
            {
                targets.Add(await app.ScheduleAsync(account, app.FeedImage(account, $"Post {p} of @{account.Sandbox.Username}")));
            }
        }

        await Task.WhenAll(Dispatcher("node-a").RunUntilIdleAsync(CancellationToken.None), Dispatcher("node-b").RunUntilIdleAsync(CancellationToken.None));

        var states = await app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters()
            .Where(t => targets.Contains(t.Id)).Select(t => new { t.State, t.ContainerId, t.MediaId }).ToListAsync());
        Assert.Equal(Accounts * PostsPerAccount, states.Count);
        Assert.All(states, s => Assert.Equal(TargetState.Published, s.State));
        var calls = new List<PublishingTestKit.PublishCall>();
        foreach (var account in accounts)
        {
            calls.AddRange(await app.PublishCallsAsync(account));
        }

        Assert.Equal(Accounts * PostsPerAccount, calls.Count);
        Assert.All(calls, call => Assert.True(call.Succeeded));
        Assert.All(calls.GroupBy(c => c.CreationId), container => Assert.Single(container));
        Assert.Equal(states.Select(s => s.ContainerId).Order(), calls.Select(c => c.CreationId).Order());
        Assert.Equal(states.Select(s => s.MediaId).Order(), calls.Select(c => c.MediaId).Order());
        var heartbeats = await app.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().DispatcherHeartbeats
            .Where(h => h.Node == "node-a" || h.Node == "node-b").CountAsync());
        Assert.Equal(2, heartbeats);
    }

    private PublishDispatcher Dispatcher(string node) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), new DispatcherNode(node), NullLogger<PublishDispatcher>.Instance);
}
