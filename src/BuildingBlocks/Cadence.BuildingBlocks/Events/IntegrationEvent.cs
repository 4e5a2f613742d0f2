namespace Cadence.BuildingBlocks.Events;

/// <summary>A fact one module tells the others. Written to the sender's outbox in the transaction that made it true.</summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid AgencyId { get; init; }

    public required DateTime OccurredAtUtc { get; init; }
}
