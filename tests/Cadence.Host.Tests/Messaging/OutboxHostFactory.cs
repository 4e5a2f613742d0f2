using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Infrastructure;
using Cadence.Scheduler.Data;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Cadence.Host.Tests.Messaging;

/// <summary>A host whose Scheduler module handles ClientCreated; two of them over one folder are one process and its restart.</summary>
internal sealed class OutboxHostFactory(string dataPath) : CadenceAppFactory(dataPath, ownsData: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddIntegrationEventHandler<ClientCreated, RecordingClientCreatedHandler, SchedulerDbContext>());
    }
}
