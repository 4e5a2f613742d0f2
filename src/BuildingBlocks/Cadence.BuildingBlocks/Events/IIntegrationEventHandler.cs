namespace Cadence.BuildingBlocks.Events;

/// <summary>
/// Reacts to an event from another module. Runs at most once per event: the dispatcher records the event in the
/// handler's module inbox in the same save as the handler's own changes, so a handler must not commit elsewhere.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
