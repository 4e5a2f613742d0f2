using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>One step of one publish attempt, as the post's publish log shows it.</summary>
internal sealed class PublishLogEntry : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid PublishTargetId { get; init; }

    public DateTime AtUtc { get; init; }

    public required string Step { get; init; }

    public required string Outcome { get; init; }

    public string? Detail { get; init; }
}
