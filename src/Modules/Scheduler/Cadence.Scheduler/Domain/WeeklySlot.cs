using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>A weekly time an account's queue publishes at, in its client's time zone (Mondays at 09:00).</summary>
internal sealed class WeeklySlot : IAgencyOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AgencyId { get; init; }

    public Guid InstagramAccountId { get; init; }

    public DayOfWeek Day { get; init; }

    /// <summary>Minutes after local midnight: a plain number both providers store and order alike.</summary>
    public int MinuteOfDay { get; init; }
}
