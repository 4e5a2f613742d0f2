using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Cadence.Billing.Contracts;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Billing.Data;

internal sealed class BillingSqliteDesignTimeFactory : IDesignTimeDbContextFactory<BillingSqliteDbContext>
{
    public BillingSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<BillingSqliteDbContext>(DatabaseProvider.Sqlite, BillingModuleName.Value), new CurrentAgency());
}

internal sealed class BillingSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<BillingSqlServerDbContext>
{
    public BillingSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.For<BillingSqlServerDbContext>(DatabaseProvider.SqlServer, BillingModuleName.Value), new CurrentAgency());
}
