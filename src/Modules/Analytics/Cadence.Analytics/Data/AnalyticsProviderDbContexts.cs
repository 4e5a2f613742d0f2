using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Analytics.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class AnalyticsSqliteDbContext(DbContextOptions<AnalyticsSqliteDbContext> options, ICurrentAgency agency) : AnalyticsDbContext(options, agency);

internal sealed class AnalyticsSqlServerDbContext(DbContextOptions<AnalyticsSqlServerDbContext> options, ICurrentAgency agency) : AnalyticsDbContext(options, agency);
