using Cadence.BuildingBlocks.Events;

namespace Cadence.Accounts.Contracts.Clients;

/// <summary>A client was created; modules that schedule or report for it keep what they need of it.</summary>
public sealed record ClientCreated(Guid ClientId, string Name, string TimeZoneId) : IntegrationEvent;

/// <summary>A client's name, time zone or brand colour changed.</summary>
public sealed record ClientUpdated(Guid ClientId, string Name, string TimeZoneId, string BrandColor) : IntegrationEvent;

/// <summary>A client was archived: nothing new should be scheduled for it.</summary>
public sealed record ClientArchived(Guid ClientId) : IntegrationEvent;

/// <summary>An archived client was brought back: it may be scheduled for again.</summary>
public sealed record ClientRestored(Guid ClientId, string Name, string TimeZoneId) : IntegrationEvent;
