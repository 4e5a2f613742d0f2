using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Composer.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Data;

internal class ComposerDbContext(DbContextOptions options, ICurrentAgency agency) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyModuleConventions(this, ComposerModuleName.Value, context => context.CurrentAgencyId);
    }
}
