using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Approvals.Links;

internal sealed record LinkClient(ClientSummary Client, string AgencyName);

/// <summary>
/// The client and agency behind a link, for a visitor who belongs to no agency: asked in a scope of its own that acts
/// for the link's agency, so the request's own tenant (anonymous, or another agency's member) is left as it is.
/// </summary>
internal sealed class LinkClients(IServiceScopeFactory scopes)
{
    public async Task<LinkClient?> FindAsync(Guid agencyId, Guid clientId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentAgency>().ActFor(agencyId);
        var client = await scope.ServiceProvider.GetRequiredService<IClientDirectory>().FindAsync(clientId, cancellationToken);
        var overview = await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetOverviewAsync(cancellationToken);
        return client is null || overview is null ? null : new LinkClient(client, overview.AgencyName);
    }
}
