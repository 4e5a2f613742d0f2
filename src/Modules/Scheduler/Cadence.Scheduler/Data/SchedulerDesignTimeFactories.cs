using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Scheduler.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Scheduler.Data;

internal sealed class SchedulerSqliteDesignTimeFactory : IDesignTimeDbContextFactory<SchedulerSqliteDbContext>
{
    public SchedulerSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SchedulerSqliteDbContext>(DatabaseProvider.Sqlite, SchedulerModuleName.Value), new CurrentAgency());
}

internal sealed class SchedulerSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SchedulerSqlServerDbContext>
{
    public SchedulerSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<SchedulerSqlServerDbContext>(DatabaseProvider.SqlServer, SchedulerModuleName.Value), new CurrentAgency());
}
