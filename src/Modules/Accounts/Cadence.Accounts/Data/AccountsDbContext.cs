using Cadence.Accounts.Contracts;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Data;

internal class AccountsDbContext(DbContextOptions options, ICurrentAgency agency)
    : IdentityUserContext<CadenceUser, Guid>(options), IModuleDbContext, IDataProtectionKeyContext
{
    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientLogo> ClientLogos => Set<ClientLogo>();

    public DbSet<LinkedAccount> InstagramAccounts => Set<LinkedAccount>();

    public DbSet<OAuthAttempt> OAuthAttempts => Set<OAuthAttempt>();

    public DbSet<ReconnectLink> ReconnectLinks => Set<ReconnectLink>();

    /// <summary>The keys that protect cookies, antiforgery tokens and stored secrets, shared by every Host instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
        builder.ApplyModuleConventions(this, AccountsModuleName.Value, context => context.CurrentAgencyId);
    }
}
