using Cadence.Accounts.Api;
using Cadence.Accounts.Contracts;
using Cadence.Accounts.Contracts.Agencies;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.Demo;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Features.Agencies;
using Cadence.Accounts.Features.Clients;
using Cadence.Accounts.Features.Demo;
using Cadence.Accounts.Features.InstagramAccounts;
using Cadence.Accounts.Features.Invitations;
using Cadence.Accounts.Features.SignUp;
using Cadence.Accounts.Features.Team;
using Cadence.Accounts.Features.Tenancy;
using Cadence.Accounts.Identity;
using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Navigation;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccountsDbContext, AccountsSqliteDbContext, AccountsSqlServerDbContext>(configuration, AccountsModuleName.Value);
        services.AddCadenceIdentity();
        services.AddDataProtection().SetApplicationName("Cadence").PersistKeysToDbContext<AccountsDbContext>();
        services.AddScoped<IAgencyMembershipResolver, AgencyMembershipResolver>();
        services.AddScoped<IAgencyDirectory, AgencyDirectory>();
        services.AddScoped<IClientDirectory, ClientDirectory>();
        services.AddTeamUseCases();
        services.AddClientUseCases();
        services.AddInstagramAccountUseCases();
        services.AddScoped<IDemoData, DemoDataSeeder>();
        services.AddScoped<SignUpAgency>();
        services.AddSingleton(new NavigationItem("Clients", "Accounts", "/Clients/Index", Order: 10, Permission.ViewContent));
        services.AddSingleton(new NavigationItem("Instagram accounts", "Accounts", "/Instagram/Index", Order: 15, Permission.ViewContent));
        services.AddSingleton(new NavigationItem("Team", "Accounts", "/Team/Index", Order: 70, Permission.ViewContent));
        return services;
    }

    public static WebApplication MapAccountsModule(this WebApplication app)
    {
        app.MapClientsApi();
        return app;
    }

    private static void AddCadenceIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Identity/Account/SignIn";
            cookie.LogoutPath = "/Identity/Account/SignOut";
            cookie.AccessDeniedPath = "/Identity/Account/AccessDenied";
            cookie.Cookie.Name = "cadence.auth";
            cookie.SlidingExpiration = true;

            // A signed-in member without the permission gets a plain 403, shown by the same status page as every refusal.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddIdentityCore<CadenceUser>(identity =>
            {
                identity.SignIn.RequireConfirmedEmail = true;
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CadenceClaimsPrincipalFactory>();
        services.AddHttpContextAccessor();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AuthenticatorSetup>();
        services.PostConfigure<RazorPagesOptions>(pages => pages.Conventions.Add(new AuthorizeOverridesAnonymousFolder()));
    }

    private static void AddTeamUseCases(this IServiceCollection services)
    {
        services.AddScoped<GetTeam>();
        services.AddScoped<ChangeMemberRole>();
        services.AddScoped<RemoveMember>();
        services.AddScoped<InviteMember>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<FindInvitation>();
        services.AddScoped<UnsavedAccounts>();
        services.AddScoped<AcceptInvitationAsNewPerson>();
        services.AddScoped<AcceptInvitationAsMember>();
        services.AddScoped<SwitchAgency>();
    }
}
