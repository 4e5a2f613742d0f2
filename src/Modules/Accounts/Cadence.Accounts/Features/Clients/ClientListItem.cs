namespace Cadence.Accounts.Features.Clients;

internal sealed record ClientListItem(Guid Id, string Name, string TimeZone, string BrandColor, bool HasLogo, bool IsArchived);
