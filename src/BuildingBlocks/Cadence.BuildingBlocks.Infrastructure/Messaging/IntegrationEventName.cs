namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

internal static class IntegrationEventName
{
    public static string Of(Type eventType) => eventType.FullName ?? eventType.Name;
}
