using Cadence.BuildingBlocks.Infrastructure.Persistence;

namespace Cadence.Scheduler.Domain;

/// <summary>An account's queue as a whole: paused or running.</summary>
internal sealed class AccountQueue : IAgencyOwned
{
    public Guid InstagramAccountId { get; init; }

    public Guid AgencyId { get; init; }

    public Guid ClientId { get; init; }

    public bool IsPaused { get; set; }
}
