using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>A client's scheduling rules; a client without a row has the defaults.</summary>
internal sealed class ClientScheduleSettings : IAgencyOwned
{
    public static readonly TimeSpan DefaultMaximumLateness = TimeSpan.FromHours(2);

    public Guid ClientId { get; init; }

    public Guid AgencyId { get; init; }

    /// <summary>Past this, a post that could not go out is Missed and a person decides, rather than published silently late.</summary>
    public int MaximumLatenessMinutes { get; set; } = (int)DefaultMaximumLateness.TotalMinutes;
}
