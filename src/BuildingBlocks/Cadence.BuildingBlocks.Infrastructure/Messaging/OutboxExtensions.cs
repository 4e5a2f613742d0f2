using System.Text.Json;
using Cadence.BuildingBlocks.Events;
using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

public static class OutboxExtensions
{
    /// <summary>Queues the event in the module's outbox; it is sent only if the surrounding save commits.</summary>
    public static void AddIntegrationEvent(this IModuleDbContext context, IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        context.OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = IntegrationEventName.Of(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type),
            AgencyId = integrationEvent.AgencyId,
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
        });
    }
}
