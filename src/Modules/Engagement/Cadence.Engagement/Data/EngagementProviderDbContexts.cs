using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Engagement.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class EngagementSqliteDbContext(DbContextOptions<EngagementSqliteDbContext> options, ICurrentAgency agency) : EngagementDbContext(options, agency);

internal sealed class EngagementSqlServerDbContext(DbContextOptions<EngagementSqlServerDbContext> options, ICurrentAgency agency) : EngagementDbContext(options, agency);
