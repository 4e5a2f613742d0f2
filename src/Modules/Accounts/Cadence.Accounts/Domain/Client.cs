using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Accounts.Domain;

/// <summary>A brand the agency manages. Its time zone decides how its calendar and reports read.</summary>
internal sealed class Client : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public required string Name { get; set; }

    public required string TimeZoneId { get; set; }

    public required string BrandColor { get; set; }

    public string? Notes { get; set; }

    public bool HasLogo { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? ArchivedAtUtc { get; set; }

    public bool IsArchived => ArchivedAtUtc is not null;
}
