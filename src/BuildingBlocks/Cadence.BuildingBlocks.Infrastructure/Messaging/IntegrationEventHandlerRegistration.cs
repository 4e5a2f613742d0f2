namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event type, and the module context whose inbox remembers what it handled.</summary>
public sealed record IntegrationEventHandlerRegistration(Type EventType, Type HandlerType, Type ContextType)
{
    public string EventName => IntegrationEventName.Of(EventType);

    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;
}
