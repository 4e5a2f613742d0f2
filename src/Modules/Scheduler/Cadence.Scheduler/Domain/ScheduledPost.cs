using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>
/// A Composer post booked for a time. Publishing succeeds or fails per account, so each account it goes to is a
/// <see cref="PublishTarget"/> of its own.
/// </summary>
internal sealed class ScheduledPost : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public Guid PostId { get; init; }

    public ScheduleMode Mode { get; set; }

    public DateTime DueAtUtc { get; set; }

    /// <summary>The Composer content version that was checked when it was scheduled.</summary>
    public int ContentVersion { get; set; }

    public List<PublishTarget> Targets { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public Guid? CreatedByUserId { get; init; }
}
