using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Scheduler.Data;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Messaging;

public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cadence-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_event_committed_before_the_process_died_is_delivered_once_after_restart()
    {
        Guid clientId;
        using (var beforeCrash = new OutboxHostFactory(_dataPath))
        {
            var owner = await beforeCrash.CreateAgencyAsync();
            clientId = await CommitClientWithEventAsync(beforeCrash, owner.AgencyId);
        }

        using var afterRestart = new OutboxHostFactory(_dataPath);
        await DispatchAsync(afterRestart);
        await DispatchAsync(afterRestart);

        Assert.Equal(1, RecordingClientCreatedHandler.Handled[clientId]);
        Assert.Equal(0, await PendingOutboxCountAsync(afterRestart));
    }

    [Fact]
    public async Task A_handler_that_committed_but_whose_message_was_not_marked_sent_does_not_run_again()
    {
        using var app = new OutboxHostFactory(_dataPath);
        var owner = await app.CreateAgencyAsync();
        var clientId = await CommitClientWithEventAsync(app, owner.AgencyId);
        await DispatchAsync(app);

        await app.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<AccountsDbContext>();
            var message = await outbox.OutboxMessages.SingleAsync(m => m.Type == typeof(ClientCreated).FullName && m.Payload.Contains(clientId.ToString()));
            message.ProcessedAtUtc = null;
            await outbox.SaveChangesAsync();
        });
        await DispatchAsync(app);

        Assert.Equal(1, RecordingClientCreatedHandler.Handled[clientId]);
        var inboxRecords = await app.WithScopeAsync(services =>
            services.GetRequiredService<SchedulerDbContext>().InboxMessages.CountAsync(m => m.Handler.EndsWith(nameof(RecordingClientCreatedHandler))));
        Assert.True(inboxRecords >= 1);
    }

    [Fact]
    public async Task A_failing_handler_leaves_the_message_pending_and_it_is_delivered_on_a_later_run()
    {
        using var app = new OutboxHostFactory(_dataPath);
        var owner = await app.CreateAgencyAsync();
        var clientId = Guid.CreateVersion7();
        RecordingClientCreatedHandler.FailuresToCome[clientId] = 1;
        await CommitClientWithEventAsync(app, owner.AgencyId, clientId);

        await DispatchAsync(app);
        var afterFailure = await app.WithScopeAsync(services =>
            services.GetRequiredService<AccountsDbContext>().OutboxMessages.SingleAsync(m => m.Payload.Contains(clientId.ToString())));
        await DispatchAsync(app);

        Assert.Null(afterFailure.ProcessedAtUtc);
        Assert.Equal(1, afterFailure.Attempts);
        Assert.Equal("The handler's dependency is down.", afterFailure.LastError);
        Assert.Equal(1, RecordingClientCreatedHandler.Handled[clientId]);
    }

    [Fact]
    public async Task A_state_change_that_fails_to_save_leaves_no_event_behind()
    {
        using var app = new OutboxHostFactory(_dataPath);

        var unknownAgency = Guid.NewGuid();
        await Assert.ThrowsAsync<DbUpdateException>(() => CommitClientWithEventAsync(app, unknownAgency));

        Assert.Equal(0, await PendingOutboxCountAsync(app));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static Task<Guid> CommitClientWithEventAsync(CadenceAppFactory app, Guid agencyId, Guid? clientId = null) =>
        app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(agencyId);
            var db = services.GetRequiredService<AccountsDbContext>();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var client = new Client { Id = clientId ?? Guid.CreateVersion7(), AgencyId = agencyId, Name = "Outbox Coffee", TimeZoneId = "Europe/Paris", BrandColor = "#112233", CreatedAtUtc = now };
            db.Clients.Add(client);
            db.AddIntegrationEvent(new ClientCreated(client.Id, client.Name, client.TimeZoneId) { AgencyId = agencyId, OccurredAtUtc = now });
            await db.SaveChangesAsync();
            return client.Id;
        });

    private static Task DispatchAsync(CadenceAppFactory app) =>
        app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private static Task<int> PendingOutboxCountAsync(CadenceAppFactory app) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null));
}
