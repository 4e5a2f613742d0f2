namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Proof that one handler has handled one event; saved together with what the handler changed.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTime ProcessedAtUtc { get; init; }
}
