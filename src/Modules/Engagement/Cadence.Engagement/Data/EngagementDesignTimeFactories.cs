using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Engagement.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Engagement.Data;

internal sealed class EngagementSqliteDesignTimeFactory : IDesignTimeDbContextFactory<EngagementSqliteDbContext>
{
    public EngagementSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<EngagementSqliteDbContext>(DatabaseProvider.Sqlite, EngagementModuleName.Value), new CurrentAgency());
}

internal sealed class EngagementSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<EngagementSqlServerDbContext>
{
    public EngagementSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<EngagementSqlServerDbContext>(DatabaseProvider.SqlServer, EngagementModuleName.Value), new CurrentAgency());
}
