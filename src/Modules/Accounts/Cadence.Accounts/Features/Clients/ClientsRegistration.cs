using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Features.Clients;

internal static class ClientsRegistration
{
    public static IServiceCollection AddClientUseCases(this IServiceCollection services) =>
        services
            .AddScoped<ListClients>()
            .AddScoped<GetClient>()
            .AddScoped<GetClientLogo>()
            .AddScoped<CreateClient>()
            .AddScoped<UpdateClient>()
            .AddScoped<ArchiveClient>()
            .AddScoped<RestoreClient>();
}
