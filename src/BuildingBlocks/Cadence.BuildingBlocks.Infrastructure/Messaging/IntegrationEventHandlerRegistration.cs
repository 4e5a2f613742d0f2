using Cadence.BuildingBlocks.Events;

namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One handler of one event type, and the module context whose inbox remembers what it handled.</summary>
public sealed record IntegrationEventHandlerRegistration(
    Type EventType,
    Type HandlerType,
    Type ContextType,
    Func<object, IntegrationEvent, CancellationToken, Task> Invoke)
{
    public string EventName => IntegrationEventName.Of(EventType);

    public string HandlerName => HandlerType.FullName ?? HandlerType.Name;

    public static IntegrationEventHandlerRegistration For<TEvent, THandler, TContext>()
        where TEvent : IntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent> =>
        new(typeof(TEvent), typeof(THandler), typeof(TContext),
            (handler, integrationEvent, cancellationToken) => ((THandler)handler).HandleAsync((TEvent)integrationEvent, cancellationToken));
}
