namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A row that belongs to one agency; module contexts filter every query on it by the current agency.</summary>
public interface IAgencyOwned
{
    Guid AgencyId { get; }
}
