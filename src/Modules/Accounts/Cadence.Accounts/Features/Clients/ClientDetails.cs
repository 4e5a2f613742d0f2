namespace Cadence.Accounts.Features.Clients;

internal sealed record ClientDetails(
    Guid Id,
    string Name,
    string TimeZone,
    string BrandColor,
    string? Notes,
    bool HasLogo,
    DateTime CreatedAtUtc,
    DateTime? ArchivedAtUtc)
{
    public bool IsArchived => ArchivedAtUtc is not null;
}
