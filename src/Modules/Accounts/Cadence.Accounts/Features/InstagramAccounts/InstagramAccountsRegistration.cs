using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Infrastructure;
using Cadence.BuildingBlocks.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Features.InstagramAccounts;

internal static class InstagramAccountsRegistration
{
    public static IServiceCollection AddInstagramAccountUseCases(this IServiceCollection services) =>
        services
            .AddSingleton<TokenProtector>()
            .AddScoped<ConsentRedirect>()
            .AddScoped<StartConnection>()
            .AddScoped<CompleteConnection>()
            .AddScoped<LinkAccount>()
            .AddScoped<DisconnectAccount>()
            .AddScoped<FlagReconnection>()
            .AddScoped<AccountCalls>()
            .AddScoped<CreateReconnectLink>()
            .AddScoped<OpenReconnectLink>()
            .AddScoped<StartLinkReconnection>()
            .AddScoped<ListInstagramAccounts>()
            .AddScoped<RefreshTokens>()
            .AddScoped<SyncProfiles>()
            .AddScoped<IInstagramAccountDirectory, InstagramAccountDirectory>()
            .AddScoped<IInstagramAccountTokens, InstagramAccountTokens>()
            .AddIntegrationEventHandler<InstagramAccountNeedsReconnection, EmailAdminsWhenReconnectionNeeded, AccountsDbContext>()
            .AddJob<RefreshTokensJob>(RefreshTokensJob.Key, TimeSpan.FromHours(1))
            .AddJob<SyncProfilesJob>(SyncProfilesJob.Key, TimeSpan.FromHours(1));
}
