namespace Cadence.BuildingBlocks.Tenancy;

/// <summary>A person's place in one agency: the facts the tenant context is built from.</summary>
public sealed record AgencyMembership(Guid AgencyId, Guid UserId, AgencyRole Role, IReadOnlySet<Guid>? ClientIds);
