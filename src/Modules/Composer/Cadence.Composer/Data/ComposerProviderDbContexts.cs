using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Composer.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class ComposerSqliteDbContext(DbContextOptions<ComposerSqliteDbContext> options, ICurrentAgency agency) : ComposerDbContext(options, agency);

internal sealed class ComposerSqlServerDbContext(DbContextOptions<ComposerSqlServerDbContext> options, ICurrentAgency agency) : ComposerDbContext(options, agency);
