using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Contracts.Agencies;

/// <summary>An agency a person belongs to, as the agency switcher lists it.</summary>
public sealed record AgencyChoice(Guid AgencyId, string Name, AgencyRole Role);
