using Cadence.Accounts.Features.Clients;

namespace Cadence.Accounts.Api;

internal sealed record ClientBody(string? Name, string? TimeZone, string? BrandColor, string? Notes);

internal sealed record ClientResponse(
    Guid Id, string Name, string TimeZone, string BrandColor, string? Notes, bool HasLogo, bool IsArchived, DateTime CreatedAtUtc, DateTime? ArchivedAtUtc)
{
    public static ClientResponse From(ClientDetails client) =>
        new(client.Id, client.Name, client.TimeZone, client.BrandColor, client.Notes, client.HasLogo, client.IsArchived, client.CreatedAtUtc, client.ArchivedAtUtc);
}

internal sealed record ClientListItemResponse(Guid Id, string Name, string TimeZone, string BrandColor, bool HasLogo, bool IsArchived)
{
    public static ClientListItemResponse From(ClientListItem client) =>
        new(client.Id, client.Name, client.TimeZone, client.BrandColor, client.HasLogo, client.IsArchived);
}

internal sealed record ClientPageResponse(IReadOnlyList<ClientListItemResponse> Items, int Page, int PageSize, int TotalCount, int PageCount);
