using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Composer.Domain;

/// <summary>A named set of hashtags a client uses often, inserted into captions in one click.</summary>
internal sealed class HashtagGroup : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public required string Name { get; set; }

    /// <summary>The hashtags, each with its #, separated by spaces.</summary>
    public required string Hashtags { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
