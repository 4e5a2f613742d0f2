using Cadence.Accounts.Contracts.Clients;

namespace Cadence.Composer.Areas.Composer.Pages;

/// <summary>The clients a member may pick from, and the one a page shows: the one asked for, else the first.</summary>
internal sealed record ClientChoice(IReadOnlyList<ClientSummary> Clients, ClientSummary? Client, bool AskedForUnknown);

internal static class ClientPicker
{
    /// <summary>An archived client asked for by id is still shown; one the member may not see is unknown (a 404).</summary>
    public static async Task<ClientChoice> PickAsync(this IClientDirectory clients, Guid? clientId, CancellationToken cancellationToken)
    {
        var active = await clients.ListActiveAsync(cancellationToken);
        var client = clientId is { } id
            ? active.FirstOrDefault(c => c.ClientId == id) ?? await clients.FindAsync(id, cancellationToken)
            : active.Count > 0 ? active[0] : null;
        return new ClientChoice(active, client, clientId is not null && client is null);
    }
}
