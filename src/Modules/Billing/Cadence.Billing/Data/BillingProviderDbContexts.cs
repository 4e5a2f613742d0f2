using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Billing.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class BillingSqliteDbContext(DbContextOptions<BillingSqliteDbContext> options, ICurrentAgency agency) : BillingDbContext(options, agency);

internal sealed class BillingSqlServerDbContext(DbContextOptions<BillingSqlServerDbContext> options, ICurrentAgency agency) : BillingDbContext(options, agency);
