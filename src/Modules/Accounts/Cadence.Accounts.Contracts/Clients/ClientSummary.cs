namespace Cadence.Accounts.Contracts.Clients;

/// <summary>A client (brand) as other modules see it: enough to label, colour and schedule in its time zone.</summary>
public sealed record ClientSummary(Guid ClientId, Guid AgencyId, string Name, string TimeZoneId, string BrandColor, bool IsArchived);
