using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Messaging;

public sealed class OutboxJobTests(OutboxJobTests.JobsRunningFactory app) : IClassFixture<OutboxJobTests.JobsRunningFactory>
{
    [Fact]
    public async Task The_Quartz_outbox_job_delivers_committed_events_without_anyone_asking()
    {
        var owner = await app.CreateAgencyAsync();
        var eventId = await app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<CurrentAgency>().ActFor(owner.AgencyId);
            var db = services.GetRequiredService<AccountsDbContext>();
            var created = new ClientCreated(Guid.NewGuid(), "Job Coffee", "Europe/Rome") { AgencyId = owner.AgencyId, OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime };
            db.AddIntegrationEvent(created);
            await db.SaveChangesAsync();
            return created.Id;
        });

        // Quartz reads time from the injected TimeProvider, so the test moves the clock on while it waits.
        var processed = await PollAsync(app, () => app.WithScopeAsync(services =>
            services.GetRequiredService<AccountsDbContext>().OutboxMessages.AnyAsync(m => m.Id == eventId && m.ProcessedAtUtc != null)));

        Assert.True(processed, "The outbox job did not dispatch the event within 30 seconds.");
    }

    private static async Task<bool> PollAsync(CadenceAppFactory app, Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!timeout.IsCancellationRequested)
        {
            if (await condition())
            {
                return true;
            }

            app.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(200, CancellationToken.None);
        }

        return false;
    }

    public sealed class JobsRunningFactory : CadenceAppFactory
    {
        protected override bool JobsEnabled => true;
    }
}
