using System.Collections.Concurrent;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Events;

namespace Cadence.Host.Tests.Messaging;

/// <summary>A handler in another module that counts what it handled, and can be told to fail its next calls.</summary>
internal sealed class RecordingClientCreatedHandler : IIntegrationEventHandler<ClientCreated>
{
    public static ConcurrentDictionary<Guid, int> Handled { get; } = new();

    public static ConcurrentDictionary<Guid, int> FailuresToCome { get; } = new();

    public Task HandleAsync(ClientCreated integrationEvent, CancellationToken cancellationToken)
    {
        if (FailuresToCome.TryGetValue(integrationEvent.ClientId, out var failures) && failures > 0)
        {
            FailuresToCome[integrationEvent.ClientId] = failures - 1;
            throw new InvalidOperationException("The handler's dependency is down.");
        }

        Handled.AddOrUpdate(integrationEvent.ClientId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
