using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Data;

internal class SchedulerDbContext(DbContextOptions options, ICurrentAgency agency) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyModuleConventions(this, SchedulerModuleName.Value, context => context.CurrentAgencyId);
    }
}
