using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Accounts.Contracts.Agencies;

/// <summary>A member of the current agency, as other modules name and choose people (reviewers, authors).</summary>
public sealed record AgencyMember(Guid UserId, string DisplayName, string Email, AgencyRole Role);
