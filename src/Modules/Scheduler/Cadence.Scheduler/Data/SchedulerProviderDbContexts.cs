using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Scheduler.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class SchedulerSqliteDbContext(DbContextOptions<SchedulerSqliteDbContext> options, ICurrentAgency agency) : SchedulerDbContext(options, agency);

internal sealed class SchedulerSqlServerDbContext(DbContextOptions<SchedulerSqlServerDbContext> options, ICurrentAgency agency) : SchedulerDbContext(options, agency);
