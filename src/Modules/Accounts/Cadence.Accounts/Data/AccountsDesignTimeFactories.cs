using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Accounts.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Accounts.Data;

internal sealed class AccountsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<AccountsSqliteDbContext>
{
    public AccountsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<AccountsSqliteDbContext>(DatabaseProvider.Sqlite, AccountsModuleName.Value), new CurrentAgency());
}

internal sealed class AccountsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AccountsSqlServerDbContext>
{
    public AccountsSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<AccountsSqlServerDbContext>(DatabaseProvider.SqlServer, AccountsModuleName.Value), new CurrentAgency());
}
