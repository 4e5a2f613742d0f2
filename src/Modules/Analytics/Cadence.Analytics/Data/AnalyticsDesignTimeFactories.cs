using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Analytics.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Analytics.Data;

internal sealed class AnalyticsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<AnalyticsSqliteDbContext>
{
    public AnalyticsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<AnalyticsSqliteDbContext>(DatabaseProvider.Sqlite, AnalyticsModuleName.Value), new CurrentAgency());
}

internal sealed class AnalyticsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AnalyticsSqlServerDbContext>
{
    public AnalyticsSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<AnalyticsSqlServerDbContext>(DatabaseProvider.SqlServer, AnalyticsModuleName.Value), new CurrentAgency());
}
