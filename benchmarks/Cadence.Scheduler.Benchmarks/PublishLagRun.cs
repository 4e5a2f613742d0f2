using System.Diagnostics;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.Features.Dispatching;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>
/// Provisions the accounts, books every post for one instant <c>--lead</c> seconds ahead (inside the dispatcher's
/// preparation lead, so containers are made before it), fires the dispatcher every second as the Quartz job does, and
/// measures due → published for each post from the Scheduler's own records and duplicates from the sandbox's.
/// </summary>
internal static class PublishLagRun
{
    // Lag is wall time: the real clock, the one the Host under measurement runs on.
    private static readonly TimeProvider Clock = TimeProvider.System;

    private static readonly TimeSpan GiveUpAfterDue = TimeSpan.FromMinutes(5);

    public static async Task<LagReport> RunAsync(BenchOptions options, TextWriter progress)
    {
        await using var sandbox = await StandaloneSandbox.StartAsync();
        await using var media = await LoopbackMediaServer.StartAsync();
        await using var host = new BenchHost(sandbox);
        if (options.Wal)
        {
            await host.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;"));
        }

        progress.WriteLine($"Provisioning {options.Accounts} sandbox accounts...");
        var accounts = await ProvisionAsync(host, sandbox, options.Accounts);
        await sandbox.SetLatencyAsync(options.LatencyMs);

        var due = Clock.GetUtcNow().UtcDateTime.AddSeconds(options.LeadSeconds);
        due = due.AddTicks(-(due.Ticks % TimeSpan.TicksPerSecond));
        await BookAsync(host, media, accounts, options.Posts, due);
        progress.WriteLine($"Booked {options.Posts} posts due at {due:HH:mm:ss} UTC; dispatching (parallelism {options.Parallelism}, latency {options.LatencyMs} ms)...");

        var dispatcher = new PublishDispatcher(
            host.Services.GetRequiredService<IServiceScopeFactory>(), new DispatcherNode("bench"),
            host.Services.GetRequiredService<ILogger<PublishDispatcher>>()) { Parallelism = options.Parallelism };
        var wall = Stopwatch.StartNew();
        var atDue = CpuAtAsync(due, sandbox);
        await DispatchUntilDoneAsync(host, dispatcher, due + GiveUpAfterDue);
        wall.Stop();
        var (startedAt, hostCpu, sandboxCpu) = await atDue;
        var cpu = new CpuUse(Clock.GetUtcNow().UtcDateTime - startedAt, CurrentProcessorTime() - hostCpu, sandbox.ProcessorTime - sandboxCpu);

        var targets = await host.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets
            .IgnoreQueryFilters().AsNoTracking().ToListAsync());
        var calls = await sandbox.PublishCallsAsync();
        return LagReport.From(options, due, targets, calls, wall.Elapsed, cpu);
    }

    private static async Task<List<Account>> ProvisionAsync(BenchHost host, StandaloneSandbox sandbox, int count)
    {
        var agencyId = (await host.CreateAgencyAsync("Benchmark Agency")).AgencyId;
        var accounts = new List<Account>(count);
        Guid clientId = default;
        for (var i = 0; i < count; i++)
        {
            if (i % 10 == 0)
            {
                clientId = await host.CreateClientAsync(agencyId, $"Client {(i / 10) + 1}");
            }

            var user = await sandbox.CreateAccountAsync($"bench{i:000}{Guid.NewGuid().ToString("N")[..6]}");
            var accountId = await host.AddLinkedAccountAsync(agencyId, clientId, user.Username, instagramUserId: user.UserId, accessToken: user.AccessToken);
            accounts.Add(new Account(agencyId, clientId, accountId));
        }

        return accounts;
    }

    // Straight into the Scheduler's tables as SchedulePost leaves them (one target per post, next attempt = due time).
    private static Task BookAsync(BenchHost host, LoopbackMediaServer media, List<Account> accounts, int posts, DateTime due) =>
        host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SchedulerDbContext>();
            for (var i = 0; i < posts; i++)
            {
                var account = accounts[i % accounts.Count];
                var post = new PublishablePost(
                    Guid.NewGuid(), account.AgencyId, account.ClientId, PublishFormat.FeedImage, 1, true, [],
                    [new PublishableAccount(account.AccountId, $"Benchmark post {i} #cadence")],
                    [new PublishableMedia(false, media.Image(), 1080, 1350, null, "A cup of coffee on a table", [])],
                    null, null, [], null, null, false, null, null, due.AddHours(48));
                host.Posts.Set(post);
                var scheduled = new ScheduledPost
                {
                    AgencyId = account.AgencyId, ClientId = account.ClientId, PostId = post.PostId, DueAtUtc = due, ContentVersion = 1, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
                };
                scheduled.Targets.Add(new PublishTarget
                {
                    AgencyId = account.AgencyId, ScheduledPostId = scheduled.Id, InstagramAccountId = account.AccountId, DueAtUtc = due, NextAttemptAtUtc = due,
                });
                db.ScheduledPosts.Add(scheduled);
            }

            await db.SaveChangesAsync();
        });

    // As PublishDispatchJob under Quartz: fired every second, never twice at once, a late fire runs as soon as the last ends.
    private static async Task DispatchUntilDoneAsync(BenchHost host, PublishDispatcher dispatcher, DateTime deadline)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            await dispatcher.RunUntilIdleAsync(CancellationToken.None);
            if (await OpenAsync(host) == 0 || Clock.GetUtcNow().UtcDateTime > deadline)
            {
                return;
            }
        }
        while (await timer.WaitForNextTickAsync());
    }

    // CPU used by this process (Host, dispatcher, SQLite) and by the sandbox from the due instant on: what limits the lag.
    private static async Task<(DateTime At, TimeSpan Host, TimeSpan Sandbox)> CpuAtAsync(DateTime due, StandaloneSandbox sandbox)
    {
        var wait = due - Clock.GetUtcNow().UtcDateTime;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        return (Clock.GetUtcNow().UtcDateTime, CurrentProcessorTime(), sandbox.ProcessorTime);
    }

    private static TimeSpan CurrentProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static Task<int> OpenAsync(BenchHost host) =>
        host.WithScopeAsync(services => services.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters()
            .CountAsync(t => t.State != TargetState.Published && t.State != TargetState.Failed && t.State != TargetState.Missed && t.State != TargetState.Cancelled));

    private sealed record Account(Guid AgencyId, Guid ClientId, Guid AccountId);
}
