namespace Cadence.BuildingBlocks.Infrastructure.Messaging;

/// <summary>An integration event waiting in its sender's database to be handed to the other modules.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public Guid AgencyId { get; init; }

    public DateTime OccurredAtUtc { get; init; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
