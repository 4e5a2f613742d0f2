using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>A client's reusable caption text (a sign-off, a weekly series intro), inserted at the cursor.</summary>
internal sealed class CaptionTemplate : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public required string Name { get; set; }

    public required string Body { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
