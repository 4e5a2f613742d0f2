using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Approvals.Links;

internal sealed record LinkClient(ClientSummary Client, string AgencyName);

/// <summary>
/// Work done for a link's agency on behalf of a visitor who belongs to none: in a scope of its own that acts for that
/// agency, so the request's own tenant (anonymous, or another agency's member) is left as it is.
/// </summary>
internal sealed class LinkClients(IServiceScopeFactory scopes)
{
    public Task<LinkClient?> FindAsync(Guid agencyId, Guid clientId, CancellationToken cancellationToken) =>
        ActingForAsync(agencyId, async services =>
        {
            var client = await services.GetRequiredService<IClientDirectory>().FindAsync(clientId, cancellationToken);
            var overview = await services.GetRequiredService<IAgencyDirectory>().GetOverviewAsync(cancellationToken);
            return client is null || overview is null ? null : new LinkClient(client, overview.AgencyName);
        });

    public async Task<T> ActingForAsync<T>(Guid agencyId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentAgency>().ActFor(agencyId);
        return await work(scope.ServiceProvider);
    }
}
