using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Clients;

/// <summary>
/// The agency filter already hides other agencies' clients; these add what a restricted member may see, so a client
/// out of reach answers exactly like one that does not exist.
/// </summary>
internal static class ClientQueries
{
    public static IQueryable<Client> VisibleTo(this IQueryable<Client> clients, ICurrentAgency current)
    {
        if (current.ClientIds is not { } allowed)
        {
            return clients;
        }

        var ids = allowed.ToList();
        return clients.Where(c => ids.Contains(c.Id));
    }

    public static async Task<Client?> FindVisibleAsync(this DbSet<Client> clients, ICurrentAgency current, Guid clientId, CancellationToken cancellationToken) =>
        current.CanAccessClient(clientId)
            ? await clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            : null;

    /// <summary>Whether an active client other than <paramref name="exceptClientId"/> has this name, ignoring case.</summary>
    public static Task<bool> ActiveNameTakenAsync(this DbSet<Client> clients, string name, Guid? exceptClientId, CancellationToken cancellationToken)
    {
        var pattern = EscapeLike(name);
        return clients.AnyAsync(
            c => c.ArchivedAtUtc == null && c.Id != exceptClientId && EF.Functions.Like(c.Name, pattern, LikeEscape),
            cancellationToken);
    }

    /// <summary>Names containing <paramref name="text"/>, ignoring case (LIKE is case-insensitive on SQLite and SQL Server's default collation).</summary>
    public static IQueryable<Client> NameContains(this IQueryable<Client> clients, string text)
    {
        var pattern = $"%{EscapeLike(text)}%";
        return clients.Where(c => EF.Functions.Like(c.Name, pattern, LikeEscape));
    }

    public static ClientDetails ToDetails(this Client client) =>
        new(client.Id, client.Name, client.TimeZoneId, client.BrandColor, client.Notes, client.HasLogo, client.CreatedAtUtc, client.ArchivedAtUtc);

    private const string LikeEscape = "\\";

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
