using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Composer.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Composer.Data;

internal sealed class ComposerSqliteDesignTimeFactory : IDesignTimeDbContextFactory<ComposerSqliteDbContext>
{
    public ComposerSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<ComposerSqliteDbContext>(DatabaseProvider.Sqlite, ComposerModuleName.Value), new CurrentAgency());
}

internal sealed class ComposerSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<ComposerSqlServerDbContext>
{
    public ComposerSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<ComposerSqlServerDbContext>(DatabaseProvider.SqlServer, ComposerModuleName.Value), new CurrentAgency());
}
