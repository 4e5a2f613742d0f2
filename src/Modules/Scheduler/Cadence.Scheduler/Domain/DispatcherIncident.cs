using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>
/// A dispatcher problem an agency was told about, open until it clears: the watch notifies when one opens, not each
/// minute it lasts, and again only after it cleared and came back.
/// </summary>
internal sealed class DispatcherIncident : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public PublishAlertKind Kind { get; init; }

    public DateTime OpenedAtUtc { get; init; }

    public DateTime? ResolvedAtUtc { get; set; }
}
