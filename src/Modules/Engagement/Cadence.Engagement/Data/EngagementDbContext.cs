using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Engagement.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Engagement.Data;

internal class EngagementDbContext(DbContextOptions options, ICurrentAgency agency) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyModuleConventions(this, EngagementModuleName.Value, context => context.CurrentAgencyId);
    }
}
