using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Scheduler.Domain;
using Cadence.Scheduler.FaultHost;
using Cadence.Scheduler.Tests.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>
/// A SQLite file of the Scheduler's own, with posts booked for sandbox accounts, and the scenario file the fault host
/// reads (their tokens and snapshots). The test reads the file after the child processes are gone.
/// </summary>
internal sealed class FaultDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FaultDatabase(string folder, string sandboxUrl, ServiceProvider services)
    {
        Folder = folder;
        SandboxUrl = sandboxUrl;
        _services = services;
    }

    public string Folder { get; }

    public string Path => System.IO.Path.Combine(Folder, "scheduler.db");

    public string ScenarioPath => System.IO.Path.Combine(Folder, "scenario.json");

    public string SandboxUrl { get; }

    /// <summary>Books every post for now (the sandbox's clock) and writes the scenario the child reads.</summary>
    public static async Task<FaultDatabase> CreateAsync(PublishingAppFactory app, IReadOnlyList<PublishingTestKit.Linked> accounts, IReadOnlyList<PublishablePost> posts)
    {
        var folder = Directory.CreateTempSubdirectory("cadence-faults-").FullName;
        var scenario = new FaultScenario(
            accounts.Select(a => new FaultAccount(a.AgencyId, a.AccountId, a.Sandbox.Id, a.Sandbox.AccessToken)).ToList(), posts);
        var now = await SettlingRun.SandboxNowAsync(app.Sandbox.Admin);
        var services = FaultHostServices.Build(System.IO.Path.Combine(folder, "scheduler.db"), app.Sandbox.BaseUrl, scenario, new SteppedClock(now), "test");
        var database = new FaultDatabase(folder, app.Sandbox.BaseUrl, services);
        await scenario.SaveAsync(database.ScenarioPath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulerDbContext>();
        await db.Database.MigrateAsync();
        foreach (var post in posts)
        {
            var due = now.UtcDateTime;
            var scheduled = new ScheduledPost
            {
                AgencyId = post.AgencyId, ClientId = post.ClientId, PostId = post.PostId, DueAtUtc = due, ContentVersion = post.ContentVersion, CreatedAtUtc = due,
            };
            scheduled.Targets.Add(new PublishTarget
            {
                AgencyId = post.AgencyId, ScheduledPostId = scheduled.Id, InstagramAccountId = post.Accounts[0].InstagramAccountId, DueAtUtc = due, NextAttemptAtUtc = due,
            });
            db.ScheduledPosts.Add(scheduled);
        }

        await db.SaveChangesAsync();
        return database;
    }

    public async Task<List<PublishTarget>> TargetsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().PublishTargets.IgnoreQueryFilters().AsNoTracking().ToListAsync();
    }

    public async Task<List<PublishLogEntry>> LogAsync(Guid targetId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchedulerDbContext>().PublishLog.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.PublishTargetId == targetId).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
