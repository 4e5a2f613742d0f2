using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Tenancy;
using Cadence.Scheduler.Contracts;
using Cadence.Scheduler.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Data;

internal class SchedulerDbContext(DbContextOptions options, ICurrentAgency agency) : DbContext(options), IModuleDbContext
{
    public DbSet<ScheduledPost> ScheduledPosts => Set<ScheduledPost>();

    public DbSet<PublishTarget> PublishTargets => Set<PublishTarget>();

    public DbSet<PublishLogEntry> PublishLog => Set<PublishLogEntry>();

    public DbSet<WeeklySlot> QueueSlots => Set<WeeklySlot>();

    public DbSet<AccountQueue> AccountQueues => Set<AccountQueue>();

    public DbSet<ClientScheduleSettings> ClientSettings => Set<ClientScheduleSettings>();

    public DbSet<DispatcherHeartbeat> DispatcherHeartbeats => Set<DispatcherHeartbeat>();

    public DbSet<PublishAlert> PublishAlerts => Set<PublishAlert>();

    public DbSet<DispatcherIncident> DispatcherIncidents => Set<DispatcherIncident>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal Guid? CurrentAgencyId => agency.AgencyId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulerDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(this, SchedulerModuleName.Value, context => context.CurrentAgencyId);
    }
}
