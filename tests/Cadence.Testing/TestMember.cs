using Cadence.BuildingBlocks.Tenancy;

namespace Cadence.Testing;

public sealed record TestMember(Guid AgencyId, Guid UserId, string Email, string Password, AgencyRole Role);
